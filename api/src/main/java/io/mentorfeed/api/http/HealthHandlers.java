package io.mentorfeed.api.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Liveness (the process answers) and readiness (the read model has caught up with Kafka). */
final class HealthHandlers {
    private final BooleanSupplier ready;

    HealthHandlers(BooleanSupplier ready) {
        this.ready = ready;
    }

    void live(Context ctx) {
        ctx.json(Map.of("status", "live"));
    }

    void ready(Context ctx) {
        requireReady(ctx);
        ctx.json(Map.of("status", "ready"));
    }

    /** Until caught up the view is partial: a profile could look unknown, so answer 503 rather than a wrong 404. */
    void requireReady(Context ctx) {
        if (!ready.getAsBoolean()) {
            throw new ProblemException(503, "The read model is still catching up with Kafka; retry shortly");
        }
    }
}
