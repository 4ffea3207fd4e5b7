package io.mentorfeed.api.http;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.model.Json;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: routes to thin handlers, JSON through the model's mapper, and problem+json for every error.
 * Stopping is graceful: it stops accepting connections, then lets requests in flight finish for up to
 * {@link #STOP_TIMEOUT}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final ApiConfig config;
    private final Javalin app;
    private boolean started;
    private boolean stopped;

    public ApiServer(ApiConfig config, DigestService digests, BooleanSupplier ready) {
        this(config, digests, ready, Clock.systemUTC());
    }

    public ApiServer(ApiConfig config, DigestService digests, BooleanSupplier ready, Clock clock) {
        this.config = config;
        HealthHandlers health = new HealthHandlers(ready);
        DigestHandler digest = new DigestHandler(digests, clock);
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
            javalin.jetty.modifyServer(server -> {
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            javalin.requestLogger.http((ctx, ms) -> log.debug("http request method={} path={} status={} ms={}",
                    ctx.method(), ctx.path(), ctx.status().getCode(), ms.longValue()));

            javalin.routes.before(RequestIds::assign);
            javalin.routes.beforeMatched("/api/v1/profiles/*", health::requireReady);
            javalin.routes.get("/api/v1/health/live", health::live);
            javalin.routes.get("/api/v1/health/ready", health::ready);
            javalin.routes.get("/api/v1/profiles/{id}/digest", digest::handle);
            ProblemResponses.install(javalin.routes);
        });
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        started = true;
        app.start(config.host(), config.port());
        log.info("api listening host={} port={}", config.host(), app.port());
    }

    /** The bound port: the configured one, or the one picked when the configuration said 0. */
    public int port() {
        return app.port();
    }

    public synchronized void stop() {
        if (!started || stopped) {
            return;
        }
        stopped = true;
        app.stop();
        log.info("api stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
