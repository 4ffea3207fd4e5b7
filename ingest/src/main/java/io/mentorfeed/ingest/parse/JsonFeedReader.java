package io.mentorfeed.ingest.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.EntryMedia;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedInfo;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.ParsedFeed;
import io.mentorfeed.model.Person;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org) into the same normalized entry as the XML formats, with Jackson. */
final class JsonFeedReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int maxEntries;

    JsonFeedReader(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** A JSON body: declared as JSON, or starting with '{' once whitespace and a BOM are skipped. */
    static boolean looksLikeJson(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return true;
        }
        for (int i = 0; i < body.length && i < 1024; i++) {
            int b = body[i] & 0xff;
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != 0xef && b != 0xbb && b != 0xbf) {
                return false;
            }
        }
        return false;
    }

    ParsedFeed read(String text, URI feedUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new FeedParseException("not valid JSON: " + FeedParser.reason(e), e);
        }
        String version = text(root, "version");
        if (root == null || !root.isObject() || version == null || !version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException("not a JSON Feed (no https://jsonfeed.org/version/ \"version\")", null);
        }
        List<Person> authors = authors(root, feedUrl);
        FeedInfo info = new FeedInfo(Texts.plain(text(root, "title")), Links.resolve(feedUrl, text(root, "home_page_url")),
                Texts.plain(text(root, "description")), Texts.plain(text(root, "language")),
                authors.isEmpty() ? null : authors.getFirst().displayName(), null,
                Links.resolve(feedUrl, Texts.firstNonNull(text(root, "icon"), text(root, "favicon"))),
                "json-" + version.substring(version.lastIndexOf('/') + 1),
                hub(root, feedUrl), Links.resolve(feedUrl, text(root, "feed_url")), authors, List.of(), null, null,
                null, null, null, null);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (entries.size() >= maxEntries) {
                break;
            }
            entries.add(entry(item, feedUrl, authors));
        }
        return new ParsedFeed(info, entries);
    }

    private static FeedEntry entry(JsonNode item, URI base, List<Person> feedAuthors) {
        String link = Links.resolve(base, Texts.firstNonNull(text(item, "url"), text(item, "external_url")));
        String title = Texts.plainGuessingMarkup(text(item, "title"));
        Instant published = FeedDates.parse(text(item, "date_published"));
        String summary = text(item, "summary") == null ? null : TextConstructs.fromText(text(item, "summary")).html();
        String contentHtml = TextConstructs.sanitizedHtml(text(item, "content_html"), LinkBase.of(base));
        String contentType = contentHtml == null ? null : TextConstructs.HTML;
        if (contentHtml == null && text(item, "content_text") != null) {
            contentHtml = TextConstructs.fromText(text(item, "content_text")).html();
            contentType = contentHtml == null ? null : TextConstructs.TEXT;
        }
        String id = Texts.id(text(item, "id"));
        if (id == null) {
            id = link != null ? link : "sha256:" + Ids.sha256Hex(title + "\n" + published + "\n" + summary).substring(0, 32);
        }
        List<String> tags = Categories.distinct(StreamSupport.stream(item.path("tags").spliterator(), false)
                .map(JsonNode::asText).toList());
        List<Enclosure> attachments = new ArrayList<>();
        Long duration = null;
        for (JsonNode attachment : item.path("attachments")) {
            if (attachments.size() >= Texts.MAX_ENCLOSURES) {
                break;
            }
            String url = Links.resolve(base, text(attachment, "url"));
            if (url != null) {
                attachments.add(new Enclosure(url, Texts.plain(text(attachment, "mime_type")),
                        attachment.path("size_in_bytes").canConvertToLong() ? attachment.get("size_in_bytes").asLong() : null));
                if (duration == null && attachment.path("duration_in_seconds").isNumber()) {
                    duration = attachment.get("duration_in_seconds").asLong();
                }
            }
        }
        String image = Links.resolve(base, Texts.firstNonNull(text(item, "image"), text(item, "banner_image")));
        EntryMedia media = image == null && duration == null ? null
                : EntryMedia.builder().thumbnailUrl(image).durationSeconds(duration).build();
        List<Person> authors = authors(item, base);
        if (authors.isEmpty()) {
            authors = feedAuthors;
        }
        return FeedEntry.builder(id).title(title).link(link).authors(authors)
                .author(authors.isEmpty() ? null : authors.getFirst().displayName())
                .published(published).updated(FeedDates.parse(text(item, "date_modified")))
                .summary(summary, summary == null ? null : TextConstructs.TEXT).content(contentHtml, contentType)
                .categories(tags).enclosures(attachments).media(media)
                .language(Texts.plain(text(item, "language"))).build();
    }

    /** JSON Feed 1.1 "authors", else 1.0 "author": name and url (JSON Feed has no email). */
    private static List<Person> authors(JsonNode node, URI base) {
        List<Person> people = new ArrayList<>();
        JsonNode list = node.path("authors").isArray() ? node.path("authors") : null;
        Iterable<JsonNode> authors = list != null ? list : node.has("author") ? List.of(node.path("author")) : List.of();
        for (JsonNode author : authors) {
            String name = Texts.plain(text(author, "name"));
            if (name != null) {
                Persons.addTo(people, new Person(name, null, Links.resolve(base, text(author, "url"))));
            }
        }
        return people;
    }

    private static String hub(JsonNode root, URI base) {
        for (JsonNode hub : root.path("hubs")) {
            String url = text(hub, "url");
            if (url != null) {
                return Links.resolve(base, url);
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
