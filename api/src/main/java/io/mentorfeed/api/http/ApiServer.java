package io.mentorfeed.api.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.auth.Authenticator;
import io.mentorfeed.api.web.Templates;
import io.mentorfeed.model.Json;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the routes of {@link ApiRoutes}, of the reader's page ({@link WebRoutes}) and of the Google
 * Reader API ({@link GoogleReaderRoutes}) on thin handlers, JSON through the model's mapper, problem+json for every
 * error, ETags (If-None-Match answers 304) and Cache-Control on reads, gzip, CORS only when origins are
 * configured, request bodies capped, every request timed ({@link RequestMetrics}). Stopping is graceful: it stops
 * accepting connections, then lets requests in flight finish for up to {@link #STOP_TIMEOUT}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final ApiConfig config;
    private final List<Route> routes;
    private final Javalin app;
    private boolean started;
    private boolean stopped;

    public ApiServer(ApiConfig config, ApiServices services, BooleanSupplier ready) {
        this(config, services, ready, Clock.systemUTC());
    }

    public ApiServer(ApiConfig config, ApiServices services, BooleanSupplier ready, Clock clock) {
        this(config, services, ready, clock, new SimpleMeterRegistry());
    }

    public ApiServer(ApiConfig config, ApiServices services, BooleanSupplier ready, Clock clock,
                     MeterRegistry registry) {
        this.config = config;
        RequestMetrics metrics = new RequestMetrics(registry);
        this.routes = routes(config, services, ready, clock);
        HealthHandlers health = new HealthHandlers(ready);
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.http.prefer405over404 = true;
            javalin.http.generateEtags = true;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
            javalin.jetty.modifyServer(server -> {
                server.setHandler(new GracefulHandler());
                server.setErrorHandler(new JettyProblems());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            if (!config.corsOrigins().isEmpty()) {
                javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    config.corsOrigins().forEach(rule::allowHost);
                    rule.exposeHeader(RequestIds.HEADER);
                    rule.exposeHeader("ETag");
                    rule.exposeHeader("Link");
                }));
            }
            // The request logger runs once per request, after the error mappers: the status is final there.
            javalin.requestLogger.http((ctx, ms) -> {
                metrics.record(ctx, ms);
                logRequest(ctx, ms);
            });

            javalin.routes.before(RequestIds::assign);
            javalin.routes.before(ctx -> {
                if (!ctx.path().startsWith(ApiRoutes.BASE)) {
                    WebRoutes.securityHeaders(ctx);
                }
            });
            javalin.routes.beforeMatched(ctx -> {
                if (needsReadModel(ctx)) {
                    health.requireReady(ctx);
                }
            });
            javalin.routes.after(ApiServer::defaultCacheControl);
            routes.forEach(route -> javalin.routes.addHttpHandler(route.method(), route.path(), route.handler()));
            ProblemResponses.install(javalin.routes);
        });
    }

    /** The API's routes, then (when api.web says so) the page's and the Google Reader API's. */
    private static List<Route> routes(ApiConfig config, ApiServices services, BooleanSupplier ready, Clock clock) {
        Authenticator authenticator = new Authenticator(config);
        List<Route> all = new ArrayList<>(ApiRoutes.all(services, authenticator, ready, clock));
        if (config.web().enabled()) {
            WebAccess web = new WebAccess(authenticator, services.view(), config.web());
            Templates templates = new Templates();
            all.addAll(WebRoutes.all(services, web, templates, config.web(), clock));
            if (config.web().googleReader()) {
                all.addAll(GoogleReaderRoutes.all(services, web, templates, clock));
            }
        }
        return List.copyOf(all);
    }

    /** Refusals and failures at INFO (an operator wants them), the rest at DEBUG (a line per request is a lot). */
    private static void logRequest(Context ctx, Float ms) {
        boolean refused = ctx.statusCode() >= 400;
        if (refused ? log.isInfoEnabled() : log.isDebugEnabled()) {
            String line = "http request requestId={} method={} path={} status={} ms={}";
            Object[] args = {RequestIds.of(ctx), ctx.method(), ctx.path(), ctx.statusCode(), ms.longValue()};
            if (refused) {
                log.info(line, args);
            } else {
                log.debug(line, args);
            }
        }
    }

    /**
     * Every route but health, the OpenAPI document and the page's assets and sign-in form reads the view, which is
     * partial until caught up.
     */
    private static boolean needsReadModel(Context ctx) {
        String path = ctx.path();
        return !path.startsWith(ApiRoutes.BASE + "/health/") && !path.equals(ApiRoutes.BASE + "/openapi.json")
                && !WebRoutes.servedWithoutReadModel(path);
    }

    /**
     * Reads are private to the caller and must be revalidated (cheap with the ETag); nothing else is cached. A 304
     * is a read too: it carries what the 200 would have.
     */
    private static void defaultCacheControl(Context ctx) {
        if (ctx.res().getHeader("Cache-Control") == null) {
            boolean read = ctx.method().name().equals("GET") && (ctx.statusCode() < 300 || ctx.statusCode() == 304);
            ctx.header("Cache-Control", read ? "private, no-cache" : "no-store");
        }
    }

    List<Route> routes() {
        return routes;
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
