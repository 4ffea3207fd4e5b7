package io.mentorfeed.api.http;

import io.javalin.http.HttpStatus;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer. {@code type} stays "about:blank" (the
 * status says what went wrong) until the API has problem kinds a client must tell apart.
 */
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, String detail, String instance) {
        return new Problem("about:blank", HttpStatus.forStatus(status).getMessage(), status, detail, instance);
    }
}
