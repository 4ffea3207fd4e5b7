package io.mentorfeed.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone the reader learns from, and the one feed mentorfeed follows for them.
 * Keyed by {@code id} on {@code mentorfeed.mentors}; a tombstone removes the mentor.
 */
public record Mentor(String id, String name, String feedUrl, String siteUrl, SourceKind kind, List<String> topics,
                     boolean paused) {
    public Mentor {
        Ids.requireValid("mentor id", id);
        Objects.requireNonNull(feedUrl, "feedUrl");
        name = name == null || name.isBlank() ? id : name.strip();
        kind = kind == null ? SourceKind.BLOG : kind;
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public Mentor(String id, String name, String feedUrl, SourceKind kind) {
        this(id, name, feedUrl, null, kind, List.of(), false);
    }

    /** The same mentor, paused (ingest stops polling its feed) or not. */
    public Mentor withPaused(boolean newPaused) {
        return new Mentor(id, name, feedUrl, siteUrl, kind, topics, newPaused);
    }
}
