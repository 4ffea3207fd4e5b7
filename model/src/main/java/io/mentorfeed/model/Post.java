package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An entry once the processor has deduped and read it. Keyed by {@code id} on {@code mentorfeed.posts} (compacted).
 * {@code revision} starts at 1 and grows only when the entry's content really changed.
 */
public record Post(String id, String mentorId, String entryId, String title, String link, String author,
                   Instant published, Instant updated, String summary, String text, String language,
                   int readingMinutes, List<String> categories, List<String> tags, List<Signal> signals,
                   String commentsUrl, String commentsFeedUrl, Integer commentCount, List<Enclosure> enclosures,
                   Instant firstSeen, int revision, String contentHash) {
    public Post {
        Objects.requireNonNull(id, "post id");
        Ids.requireValid("mentor id", mentorId);
        Objects.requireNonNull(firstSeen, "firstSeen");
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        signals = signals == null ? List.of() : List.copyOf(signals);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }

    /** When the post appeared: its own date when it has one, else when mentorfeed first saw it. */
    public Instant publishedOrSeen() {
        return published != null ? published : firstSeen;
    }
}
