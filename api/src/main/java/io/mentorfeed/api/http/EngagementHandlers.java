package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.engagements.EngagementRequest;
import io.mentorfeed.api.engagements.RecordedEngagement;
import java.time.Clock;
import java.util.Map;

/** POST (record, idempotent with an Idempotency-Key header) and GET (history) of a reader's engagements. */
final class EngagementHandlers {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ApiServices services;
    private final Access access;
    private final Clock clock;

    EngagementHandlers(ApiServices services, Access access, Clock clock) {
        this.services = services;
        this.access = access;
        this.clock = clock;
    }

    void record(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileWrite(ctx, id);
        RecordedEngagement recorded = services.engagements().record(id, Bodies.read(ctx, EngagementRequest.class),
                ctx.header(IDEMPOTENCY_KEY), clock.instant());
        ctx.status(recorded.created() ? 201 : 200)
                .header("Location", "/api/v1/profiles/" + id + "/engagements/" + recorded.engagement().id())
                .json(recorded.engagement());
    }

    void history(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileRead(ctx, id);
        ctx.json(Map.of("profileId", id, "items", services.engagements().history(id)));
    }
}
