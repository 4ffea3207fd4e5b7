package io.mentorfeed.api.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;

/** posts/{id} for any reader; for admins, per-feed health and the operator's commands ({@code OpsService}). */
final class OpsHandlers {
    private final ApiServices services;
    private final Access access;
    private final Clock clock;

    OpsHandlers(ApiServices services, Access access, Clock clock) {
        this.services = services;
        this.access = access;
        this.clock = clock;
    }

    void post(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw ProblemException.badRequest("Path parameter 'id' must be at most 200 characters");
        }
        access.requireReader(ctx);
        ctx.json(services.view().post(id).orElseThrow(() -> new ProblemException(404, "No post '" + id + "'")));
    }

    void feeds(Context ctx) {
        access.requireAdmin(ctx);
        ctx.json(Map.of("items", services.ops().feeds()));
    }

    /** 202: the command is written; ingest acts on it when it reads it. */
    void refetch(Context ctx) {
        String mentorId = Params.id(ctx, "mentorId");
        access.requireAdmin(ctx);
        ctx.status(202).json(services.ops().refetch(mentorId, clock.instant()));
    }

    void pause(Context ctx) {
        String mentorId = Params.id(ctx, "mentorId");
        access.requireAdmin(ctx);
        ctx.json(services.ops().pause(mentorId));
    }

    void resume(Context ctx) {
        String mentorId = Params.id(ctx, "mentorId");
        access.requireAdmin(ctx);
        ctx.json(services.ops().resume(mentorId));
    }

    /** 202: every API instance, this one included, rebuilds when it reads the command. */
    void rebuildReadModel(Context ctx) {
        access.requireAdmin(ctx);
        ctx.status(202).json(services.ops().rebuildReadModel(clock.instant()));
    }
}
