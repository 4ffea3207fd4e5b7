package io.mentorfeed.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.Json;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an orchestrator or Prometheus asks a mentorfeed process, on its own port, apart from the API: {@code /metrics}
 * (Prometheus text), {@code /health/live} (restart me if 503) and {@code /health/ready} (send me work only if 200),
 * each answering for every service the process runs. The JDK's server is enough for three read-only endpoints.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /**
     * @param services   the services of this process, as they are added (a live list)
     * @param processUp  whether the process has finished starting: not ready before, even if every service added
     *                   so far is (the broker, topics or a later service may still be on their way)
     */
    public static OpsServer start(String host, int port, PrometheusMeterRegistry registry, List<ServiceHealth> services,
                                  BooleanSupplier processUp) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " for /metrics and /health ("
                    + e.getMessage() + "); set ops.port to a free port", e);
        }
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape()));
        server.createContext("/health/live", exchange -> health(exchange, services, true, s -> s.live().getAsBoolean()));
        server.createContext("/health/ready", exchange -> health(exchange, services, processUp.getAsBoolean(),
                s -> s.ready().getAsBoolean()));
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain; charset=utf-8",
                "not found: try /metrics, /health/live or /health/ready\n"));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "ops-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        var ops = new OpsServer(server);
        log.info("ops server started url=http://{}:{} endpoints=/metrics,/health/live,/health/ready", host, ops.port());
        return ops;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void health(HttpExchange exchange, List<ServiceHealth> services, boolean processOk,
                               Predicate<ServiceHealth> check) throws IOException {
        Map<String, String> states = new LinkedHashMap<>();
        boolean ok = processOk;
        for (ServiceHealth service : services) {
            states.put(service.name(), service.state());
            ok &= check.test(service);
        }
        String json = Json.mapper().writeValueAsString(new Health(ok ? "up" : "down", states));
        respond(exchange, ok ? 200 : 503, "application/json", json + "\n");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /** The answer of both health endpoints: "up" or "down", and each service's state. */
    private record Health(String status, Map<String, String> services) {}

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
