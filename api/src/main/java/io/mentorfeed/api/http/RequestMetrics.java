package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code http.server.requests}, tagged with the method, the route template that matched
 * (never the raw path: one series per route, not per profile or post) and the status. Called once per request by
 * the server's request logger, after the error mappers have set the final status; handlers know nothing of it.
 */
final class RequestMetrics {
    static final String NAME = "http.server.requests";
    /** The route of a request no route matched (including a wrong method), so scanners cannot add series. */
    static final String NOT_FOUND = "NOT_FOUND";
    /**
     * The method of a request whose method is not a standard one: Jetty accepts any token, and Javalin takes an
     * X-HTTP-Method-Override header as given, so the raw value would let any client add series.
     */
    static final String OTHER_METHOD = "OTHER";

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, float millis) {
        Timer.builder(NAME)
                .tag("method", method(ctx))
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    private static String method(Context ctx) {
        HandlerType method = ctx.method();
        return HandlerType.commonHttp().contains(method) ? method.name() : OTHER_METHOD;
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? NOT_FOUND : matched.path;
    }
}
