package io.mentorfeed.api.http;

import io.javalin.http.Context;
import java.util.UUID;

/**
 * Gives every request an id, sent back as X-Request-Id and written in error logs, so a reader's report of a 500
 * can be matched to its log line. Always generated here: a client-chosen id could forge log lines.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "mentorfeed.requestId";

    private RequestIds() {}

    static void assign(Context ctx) {
        String id = UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : "none";
    }
}
