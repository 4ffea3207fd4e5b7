package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.model.FeedState;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/** posts/{id} for any reader, and per-feed health for admins. */
final class OpsHandlers {
    private final ApiServices services;
    private final Access access;

    OpsHandlers(ApiServices services, Access access) {
        this.services = services;
        this.access = access;
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
        ctx.json(Map.of("items", services.view().feedStates().stream()
                .sorted(Comparator.comparing(FeedState::mentorId)).map(FeedHealth::of).toList()));
    }

    /** What an operator needs of a feed's state: not its validators nor its recent entry ids. */
    record FeedHealth(String mentorId, String feedUrl, Instant lastFetchAt, Integer lastStatus, Instant nextPollAt,
                      int consecutiveErrors, String lastError, boolean healthy) {
        static FeedHealth of(FeedState state) {
            return new FeedHealth(state.mentorId(), state.feedUrl(), state.lastFetchAt(), state.lastStatus(),
                    state.nextPollAt(), state.consecutiveErrors(), state.lastError(), state.healthy());
        }
    }
}
