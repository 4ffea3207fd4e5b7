package io.mentorfeed.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A WebSub hub of our own, for tests: it takes subscription requests (202), verifies the subscriber's intent with a
 * challenge on its callback as a real hub does, grants the lease the test sets per topic, and pushes content to the
 * verified callback, signed or not. Written from the W3C text, independently of the subscriber's code.
 */
final class TestHub implements AutoCloseable {
    /** One subscription request and whether the subscriber echoed the challenge. */
    record Request(String mode, String topic, URI callback, String secret, long grantedSeconds, boolean verified) {}

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ExecutorService verifier = Executors.newSingleThreadExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Long> leases = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    TestHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hub", this::subscription);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
    }

    /** The lease this hub grants for a topic (one hour unless set). */
    void grant(String topic, long seconds) {
        leases.put(topic, seconds);
    }

    /** From now on, requests for this topic are answered 500, as by a hub that is down. */
    void refuse(String topic) {
        refused.add(topic);
    }

    List<Request> requests(String topic) {
        return requests.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    /** Pushes a body to the latest verified subscriber of the topic; returns the HTTP status it answered. */
    int push(String topic, byte[] body, String signature) throws IOException, InterruptedException {
        Request subscriber = latestVerified(topic).orElseThrow(() -> new AssertionError("no subscriber of " + topic));
        var request = HttpRequest.newBuilder(subscriber.callback())
                .header("Content-Type", "application/atom+xml")
                .header("Link", "<" + url() + ">; rel=\"hub\", <" + topic + ">; rel=\"self\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Optional<Request> latestVerified(String topic) {
        return requests(topic).stream().filter(r -> r.verified() && r.mode().equals("subscribe"))
                .reduce((first, second) -> second);
    }

    /** The X-Hub-Signature a hub sends for this body under this secret. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void subscription(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = form(body);
            if (!"POST".equals(exchange.getRequestMethod()) || form.get("hub.callback") == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            if (refused.contains(form.get("hub.topic"))) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.sendResponseHeaders(202, -1);
            verifier.execute(() -> verify(form));
        }
    }

    /** Section 5.3: GET the callback with a challenge; the subscriber must echo it. */
    private void verify(Map<String, String> form) {
        String topic = form.get("hub.topic");
        String mode = form.get("hub.mode");
        long lease = leases.getOrDefault(topic, 3600L);
        String challenge = UUID.randomUUID().toString();
        URI callback = URI.create(form.get("hub.callback"));
        URI verification = URI.create(callback + "?hub.mode=" + encode(mode) + "&hub.topic=" + encode(topic)
                + "&hub.challenge=" + challenge + "&hub.lease_seconds=" + lease);
        boolean verified;
        try {
            var answer = client.send(HttpRequest.newBuilder(verification).build(),
                    HttpResponse.BodyHandlers.ofString());
            verified = answer.statusCode() / 100 == 2 && answer.body().equals(challenge);
        } catch (IOException | InterruptedException e) {
            verified = false;
        }
        requests.add(new Request(mode, topic, callback, form.get("hub.secret"), lease, verified));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        verifier.shutdownNow();
        client.close();
    }
}
