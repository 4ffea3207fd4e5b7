package io.mentorfeed.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mentorfeed.model.Json;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before any route sees them (a NUL or an ambiguous encoded segment in the path, a
 * malformed request line, headers too large): those answers are problem+json too, not Jetty's HTML error page.
 */
final class JettyProblems extends ErrorHandler {
    private static final String BAD_MESSAGE_PATH = "/badMessage";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        byte[] body = problem(code, message, path == null || path.equals(BAD_MESSAGE_PATH) ? null : path);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
        return ByteBuffer.wrap(problem(status, reason, null));
    }

    private static byte[] problem(int status, String message, String instance) {
        // A 5xx message may carry an exception's text: only the status's name goes out (docs/api.md, Errors).
        boolean useMessage = status < 500 && message != null && !message.isBlank();
        String detail = "The request was refused before it reached a route: "
                + (useMessage ? message : HttpStatus.getMessage(status));
        try {
            return Json.mapper().writeValueAsBytes(Problem.of(status, detail, instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serializes", e);
        }
    }
}
