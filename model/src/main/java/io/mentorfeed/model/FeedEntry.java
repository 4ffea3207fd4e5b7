package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a feed, normalized: the field names are a contract shared with tests, tools and
 * {@code mentorfeed parse}. {@code id} is stable: the GUID, else the link, else a hash of the content.
 * {@code fullContentHtml} is the article read from the post's own page when the feed carried only an excerpt
 * (sanitized HTML; null when it was not fetched or could not be read); {@code summary} and {@code contentHtml}
 * stay what the feed said.
 */
public record FeedEntry(String id, String title, String link, String author, Instant published, Instant updated,
                        String summary, String contentHtml, List<String> categories, String commentsUrl,
                        String commentsFeedUrl, Integer commentCount, List<Enclosure> enclosures, EntryMedia media,
                        String fullContentHtml) {
    public FeedEntry {
        Objects.requireNonNull(id, "entry id");
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }

    /** An entry as the feed gives it, without a full text read from its page. */
    public FeedEntry(String id, String title, String link, String author, Instant published, Instant updated,
                     String summary, String contentHtml, List<String> categories, String commentsUrl,
                     String commentsFeedUrl, Integer commentCount, List<Enclosure> enclosures, EntryMedia media) {
        this(id, title, link, author, published, updated, summary, contentHtml, categories, commentsUrl,
                commentsFeedUrl, commentCount, enclosures, media, null);
    }

    /** The same entry with the article read from its page (null: none). */
    public FeedEntry withFullContentHtml(String html) {
        return new FeedEntry(id, title, link, author, published, updated, summary, contentHtml, categories,
                commentsUrl, commentsFeedUrl, commentCount, enclosures, media, html);
    }
}
