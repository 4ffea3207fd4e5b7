package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a feed, normalized: the field names are a contract shared with tests, tools and
 * {@code mentorfeed parse}. {@code id} is stable: the GUID, else the link, else a hash of the content.
 */
public record FeedEntry(String id, String title, String link, String author, Instant published, Instant updated,
                        String summary, String contentHtml, List<String> categories, String commentsUrl,
                        String commentsFeedUrl, Integer commentCount, List<Enclosure> enclosures, EntryMedia media) {
    public FeedEntry {
        Objects.requireNonNull(id, "entry id");
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }
}
