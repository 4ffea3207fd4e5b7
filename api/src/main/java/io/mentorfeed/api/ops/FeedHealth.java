package io.mentorfeed.api.ops;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import java.time.Instant;

/**
 * What an operator needs of a feed: ingest's state of it (not its validators nor its recent entry ids) and whether
 * its mentor is paused, which is the mentor's setting, not ingest's.
 */
public record FeedHealth(String mentorId, String feedUrl, Instant lastFetchAt, Integer lastStatus, Instant nextPollAt,
                         int consecutiveErrors, String lastError, boolean healthy, boolean paused) {

    /** @param mentor null when the mentor was deleted and ingest's state of its feed is still there */
    static FeedHealth of(FeedState state, Mentor mentor) {
        return new FeedHealth(state.mentorId(), state.feedUrl(), state.lastFetchAt(), state.lastStatus(),
                state.nextPollAt(), state.consecutiveErrors(), state.lastError(), state.healthy(),
                mentor != null && mentor.paused());
    }
}
