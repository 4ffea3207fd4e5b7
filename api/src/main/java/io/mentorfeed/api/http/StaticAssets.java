package io.mentorfeed.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The page's script and style sheet, read once from the classpath; no build step, nothing inline. */
final class StaticAssets {
    private static final String FOLDER = "/io/mentorfeed/api/web/static/";

    private final byte[] script = load("app.js");
    private final byte[] styles = load("app.css");
    private final byte[] icon = load("icon.svg");

    void script(Context ctx) {
        serve(ctx, "text/javascript; charset=utf-8", script);
    }

    void styles(Context ctx) {
        serve(ctx, "text/css; charset=utf-8", styles);
    }

    void icon(Context ctx) {
        serve(ctx, "image/svg+xml", icon);
    }

    private static void serve(Context ctx, String type, byte[] body) {
        // Revalidated each time (cheap: the ETag answers 304), so a new version is picked up at once.
        ctx.header("Cache-Control", "public, no-cache").contentType(type).result(body);
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
