package io.mentorfeed.app.admin;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import java.time.Instant;

/**
 * One line of `admin feeds`: a mentor from the registry joined with ingest's feed-state for it.
 *
 * @param health "ok", "failing" (ingest's feed-state says unhealthy) or "new" (no feed-state yet: never polled)
 */
public record FeedRow(String mentor, String name, String feedUrl, boolean paused, String health, Integer lastStatus,
                      Instant lastFetchAt, Instant nextPollAt, int consecutiveErrors, String lastError) {
    public static final String OK = "ok";
    public static final String FAILING = "failing";
    public static final String NEW = "new";

    static FeedRow of(Mentor mentor, FeedState state) {
        if (state == null) {
            return new FeedRow(mentor.id(), mentor.name(), mentor.feedUrl(), mentor.paused(), NEW, null, null, null,
                    0, null);
        }
        return new FeedRow(mentor.id(), mentor.name(), mentor.feedUrl(), mentor.paused(),
                state.healthy() ? OK : FAILING, state.lastStatus(), state.lastFetchAt(), state.nextPollAt(),
                state.consecutiveErrors(), state.lastError());
    }

    static TextTable table(Iterable<FeedRow> rows) {
        TextTable table = new TextTable("MENTOR", "NAME", "PAUSED", "HEALTH", "STATUS", "LAST FETCH", "NEXT POLL",
                "ERRORS", "FEED", "LAST ERROR");
        for (FeedRow row : rows) {
            table.row(row.mentor, row.name, row.paused ? "yes" : "no", row.health, row.lastStatus, row.lastFetchAt,
                    row.nextPollAt, row.consecutiveErrors, row.feedUrl, row.lastError);
        }
        return table;
    }
}
