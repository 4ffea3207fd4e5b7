package io.mentorfeed.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3.1 document; OpenApiRoutesTest checks it against {@link ApiRoutes}. */
final class OpenApiHandler {
    static final String RESOURCE = "/io/mentorfeed/api/openapi.json";
    private final byte[] document;

    OpenApiHandler() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600").contentType("application/json").result(document);
    }
}
