package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mentorfeed.model.Ids;
import java.util.Optional;

/**
 * ETags from what a read depends on (a domain service's validator), rather than from the rendered body: a request
 * that already has the current version gets 304 without the answer being built. Weak validators, since two bodies
 * under one differ in their generation time (and in their encoding when gzipped); If-None-Match compares weakly
 * anyway (RFC 9110, 13.1.2).
 */
final class Validators {
    private Validators() {}

    /**
     * Sets the ETag from {@code validator} and the request's query (a different filter or page is another
     * answer); true when the client's If-None-Match has it: the status is then 304, and the caller answers nothing.
     * An empty validator sets nothing (Javalin's own body ETag then applies).
     */
    static boolean notModified(Context ctx, Optional<String> validator) {
        if (validator.isEmpty()) {
            return false;
        }
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        String etag = "W/\"" + Ids.sha256Hex(validator.get() + "?" + query).substring(0, 32) + "\"";
        ctx.header("ETag", etag);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** Weak comparison against a list of entity tags, or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
