package io.mentorfeed.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest publishes on {@code mentorfeed.entries}, keyed by mentor id so that one feed's entries stay in order.
 * Ingest may publish an entry more than once (after a restart, or when the feed changes it); the processor dedupes.
 */
public record IngestedEntry(String mentorId, String feedUrl, Instant fetchedAt, FeedInfo feed, FeedEntry entry) {
    public IngestedEntry {
        Ids.requireValid("mentor id", mentorId);
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(entry, "entry");
    }

    public String postId() {
        return Ids.postId(mentorId, entry.id());
    }
}
