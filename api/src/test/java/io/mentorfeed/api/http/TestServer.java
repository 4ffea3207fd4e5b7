package io.mentorfeed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.email.EmailConfig;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The real API server on a port, over an in-memory view whose writes are recorded ({@link ViewWriter}), with an
 * admin, two readers (ada, bo) and ada's feed token: what the hostile-input tests call.
 */
final class TestServer implements AutoCloseable {
    static final String ADMIN = "admin-token";
    static final String ADA = "ada-token";
    static final String BO = "bo-token";
    static final String ADA_FEED = "ada-feed-token";
    static final String SIGNING_SECRET = "a-test-signing-secret-of-at-least-32-characters";
    static final long MAX_BODY_BYTES = 64 * 1024;

    private static final HttpClient http = HttpClient.newHttpClient();

    final MaterializedView view;
    final ViewWriter writer;
    private final ApiServer server;

    TestServer(MaterializedView view, Instant now) {
        this.view = view;
        this.writer = new ViewWriter(view);
        EmailConfig email = EmailConfig.plainSmtp("localhost", 25, "https://mf.example.org/", SIGNING_SECRET);
        ApiConfig config = new ApiConfig("127.0.0.1", 0, 3, 10, Duration.ofSeconds(30), List.of(Ids.sha256Hex(ADMIN)),
                Map.of("ada", List.of(Ids.sha256Hex(ADA)), "bo", List.of(Ids.sha256Hex(BO))),
                Map.of("ada", List.of(Ids.sha256Hex(ADA_FEED))), List.of(), List.of(), MAX_BODY_BYTES, false, email);
        server = new ApiServer(config, ApiServices.over(view, writer, new FeedDiscovery(address -> true), 3, 10, email),
                () -> true, Clock.fixed(now, ZoneOffset.UTC));
        server.start();
    }

    List<Route> routes() {
        return server.routes();
    }

    HttpResponse<String> call(String method, String pathAndQuery, String authorization) throws IOException,
            InterruptedException {
        return call(method, pathAndQuery, authorization, null, null);
    }

    /** @param authorization the whole header value, or null for none */
    HttpResponse<String> call(String method, String pathAndQuery, String authorization, String contentType,
                              byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** With any headers (a cookie, an origin); {@code body} null for none. */
    HttpResponse<String> call(String method, String pathAndQuery, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Override
    public void close() {
        server.stop();
    }
}
