package io.mentorfeed.ingest.websub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The callback listener hubs call: {@code GET <path>/<mentorId>?hub.mode=...} verifies intent, {@code POST} pushes
 * content. It serves the callback URL's path, so a proxy in front must pass the path on unchanged. Only routing and
 * HTTP live here; {@link IntentVerifier} and {@link PushReceiver} decide.
 */
final class CallbackServer implements AutoCloseable {
    /** Pushes are written to Kafka before the answer: a few at once are enough, and bound the memory held. */
    static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String path;
    private final IntentVerifier verifier;
    private final PushReceiver receiver;
    private final long maxBodyBytes;

    CallbackServer(WebSubConfig config, IntentVerifier verifier, PushReceiver receiver, long maxBodyBytes) {
        this.path = config.callbackBase().getRawPath() + "/";
        this.verifier = verifier;
        this.receiver = receiver;
        this.maxBodyBytes = maxBodyBytes;
        try {
            this.server = HttpServer.create(new InetSocketAddress(config.listenHost(), config.listenPort()), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + config.listenHost() + ":" + config.listenPort()
                    + " for WebSub callbacks (" + e.getMessage() + "); set ingest.websub.listen-port to a free port",
                    e);
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "websub-callback-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext(path, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The port listened on (the configured one, or the one picked for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String mentorId = exchange.getRequestURI().getRawPath().substring(path.length());
            if (!Ids.isValid(mentorId)) {
                respond(exchange, CallbackAnswer.of(404, "no such callback"));
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, verify(mentorId, exchange.getRequestURI().getRawQuery()));
                case "POST" -> respond(exchange, push(mentorId, exchange));
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, POST");
                    respond(exchange, CallbackAnswer.of(405, "GET or POST"));
                }
            }
        }
    }

    private CallbackAnswer verify(String mentorId, String rawQuery) {
        Map<String, String> query = new HashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                query.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                return CallbackAnswer.of(400, "bad query");
            }
        }
        return verifier.answer(mentorId, query);
    }

    private CallbackAnswer push(String mentorId, HttpExchange exchange) throws IOException {
        long declared = parseLong(exchange.getRequestHeaders().getFirst("Content-Length"));
        if (declared > maxBodyBytes) {
            return receiver.tooLarge(mentorId, maxBodyBytes);
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes((int) maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            return receiver.tooLarge(mentorId, maxBodyBytes);
        }
        var headers = exchange.getRequestHeaders();
        return receiver.receive(mentorId, headers.getFirst("X-Hub-Signature"), headers.getFirst("Content-Type"), body);
    }

    private static long parseLong(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void respond(HttpExchange exchange, CallbackAnswer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        boolean empty = bytes.length == 0 || answer.status() == 204;
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
