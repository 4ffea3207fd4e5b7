package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a feed, normalized: the field names are a contract shared with tests, tools and
 * {@code mentorfeed parse} (docs/ingest.md lists where each comes from in every format).
 *
 * <ul>
 *   <li>{@code id} is stable: the GUID or atom:id, else the link, else a hash of the content.</li>
 *   <li>{@code author} is the display name of the first of {@code authors} (Atom person constructs, RSS author,
 *       Dublin Core creators); {@code contributors} are Atom's.</li>
 *   <li>{@code summary} and {@code contentHtml} are sanitized HTML with absolute links; {@code summaryType} and
 *       {@code contentType} say what the feed gave: {@code text} (escaped here), {@code html}, {@code xhtml}, or
 *       the media type of other Atom content; {@code contentSrc} is Atom's out-of-line content.</li>
 *   <li>{@code fullContentHtml} is the article read from the post's own page when the feed carried only an excerpt
 *       (sanitized HTML; null when it was not fetched or could not be read).</li>
 *   <li>{@code language} is the entry's own (xml:lang, dc:language), null when only the feed says one.</li>
 * </ul>
 */
public record FeedEntry(String id, String title, String link, String author, Instant published, Instant updated,
                        String summary, String contentHtml, List<String> categories, String commentsUrl,
                        String commentsFeedUrl, Integer commentCount, List<Enclosure> enclosures, EntryMedia media,
                        String fullContentHtml, List<Person> authors, List<Person> contributors, String summaryType,
                        String contentType, String contentSrc, String language, EntrySource source) {
    public FeedEntry {
        Objects.requireNonNull(id, "entry id");
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
        authors = authors == null ? List.of() : List.copyOf(authors);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    /** An entry with the fields every format has; the others empty. */
    public FeedEntry(String id, String title, String link, String author, Instant published, Instant updated,
                     String summary, String contentHtml, List<String> categories, String commentsUrl,
                     String commentsFeedUrl, Integer commentCount, List<Enclosure> enclosures, EntryMedia media) {
        this(id, title, link, author, published, updated, summary, contentHtml, categories, commentsUrl,
                commentsFeedUrl, commentCount, enclosures, media, null, List.of(), List.of(), null, null, null, null,
                null);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The same entry with the article read from its page (null: none). */
    public FeedEntry withFullContentHtml(String html) {
        return new FeedEntry(id, title, link, author, published, updated, summary, contentHtml, categories,
                commentsUrl, commentsFeedUrl, commentCount, enclosures, media, html, authors, contributors,
                summaryType, contentType, contentSrc, language, source);
    }

    /** Builds a {@link FeedEntry} field by field; unset fields stay null (or empty). */
    public static final class Builder {
        private final String id;
        private String title;
        private String link;
        private String author;
        private Instant published;
        private Instant updated;
        private String summary;
        private String contentHtml;
        private List<String> categories = List.of();
        private String commentsUrl;
        private String commentsFeedUrl;
        private Integer commentCount;
        private List<Enclosure> enclosures = List.of();
        private EntryMedia media;
        private String fullContentHtml;
        private List<Person> authors = List.of();
        private List<Person> contributors = List.of();
        private String summaryType;
        private String contentType;
        private String contentSrc;
        private String language;
        private EntrySource source;

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder link(String value) { link = value; return this; }
        public Builder author(String value) { author = value; return this; }
        public Builder published(Instant value) { published = value; return this; }
        public Builder updated(Instant value) { updated = value; return this; }
        public Builder summary(String html, String type) { summary = html; summaryType = type; return this; }
        public Builder content(String html, String type) { contentHtml = html; contentType = type; return this; }
        public Builder contentSrc(String value) { contentSrc = value; return this; }
        public Builder categories(List<String> value) { categories = value; return this; }
        public Builder commentsUrl(String value) { commentsUrl = value; return this; }
        public Builder commentsFeedUrl(String value) { commentsFeedUrl = value; return this; }
        public Builder commentCount(Integer value) { commentCount = value; return this; }
        public Builder enclosures(List<Enclosure> value) { enclosures = value; return this; }
        public Builder media(EntryMedia value) { media = value; return this; }
        public Builder fullContentHtml(String value) { fullContentHtml = value; return this; }
        public Builder authors(List<Person> value) { authors = value; return this; }
        public Builder contributors(List<Person> value) { contributors = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder source(EntrySource value) { source = value; return this; }

        public FeedEntry build() {
            return new FeedEntry(id, title, link, author, published, updated, summary, contentHtml, categories,
                    commentsUrl, commentsFeedUrl, commentCount, enclosures, media, fullContentHtml, authors,
                    contributors, summaryType, contentType, contentSrc, language, source);
        }
    }
}
