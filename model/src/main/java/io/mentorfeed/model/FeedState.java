package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;

/**
 * Ingest's memory of one feed, keyed by mentor id on {@code mentorfeed.feed-state} (compacted): the HTTP validators,
 * the schedule, the health and the ids of recently seen entries, so a restarted or moved ingestor neither refetches
 * blindly nor re-emits old entries.
 */
public record FeedState(String mentorId, String feedUrl, String etag, String lastModified, Instant lastFetchAt,
                        Integer lastStatus, Instant nextPollAt, int consecutiveErrors, String lastError,
                        boolean healthy, List<String> recentEntryIds) {
    public FeedState {
        Ids.requireValid("mentor id", mentorId);
        recentEntryIds = recentEntryIds == null ? List.of() : List.copyOf(recentEntryIds);
    }

    public static FeedState initial(String mentorId, String feedUrl) {
        return new FeedState(mentorId, feedUrl, null, null, null, null, null, 0, null, true, List.of());
    }
}
