package io.mentorfeed.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone the reader learns from, and the one feed mentorfeed follows for them.
 * Keyed by {@code id} on {@code mentorfeed.mentors}; a tombstone removes the mentor.
 * {@code fullText} says when ingest reads the post's own page (null: {@link FullTextMode#AUTO});
 * {@code fullTextSelector}, a CSS selector, picks the article on that page where automatic extraction fails.
 */
public record Mentor(String id, String name, String feedUrl, String siteUrl, SourceKind kind, List<String> topics,
                     boolean paused, FullTextMode fullText, String fullTextSelector) {
    public Mentor {
        Ids.requireValid("mentor id", id);
        Objects.requireNonNull(feedUrl, "feedUrl");
        name = name == null || name.isBlank() ? id : name.strip();
        kind = kind == null ? SourceKind.BLOG : kind;
        topics = topics == null ? List.of() : List.copyOf(topics);
        fullText = fullText == null ? FullTextMode.AUTO : fullText;
        fullTextSelector = fullTextSelector == null || fullTextSelector.isBlank() ? null : fullTextSelector.strip();
    }

    /** A mentor whose full text is read automatically, when its feed carries excerpts. */
    public Mentor(String id, String name, String feedUrl, String siteUrl, SourceKind kind, List<String> topics,
                  boolean paused) {
        this(id, name, feedUrl, siteUrl, kind, topics, paused, FullTextMode.AUTO, null);
    }

    public Mentor(String id, String name, String feedUrl, SourceKind kind) {
        this(id, name, feedUrl, null, kind, List.of(), false);
    }

    /** The same mentor, paused (ingest stops polling its feed) or not. */
    public Mentor withPaused(boolean newPaused) {
        return new Mentor(id, name, feedUrl, siteUrl, kind, topics, newPaused, fullText, fullTextSelector);
    }

    /** The same mentor with another full-text setting (null mode: automatic; null selector: none). */
    public Mentor withFullText(FullTextMode mode, String selector) {
        return new Mentor(id, name, feedUrl, siteUrl, kind, topics, paused, mode, selector);
    }
}
