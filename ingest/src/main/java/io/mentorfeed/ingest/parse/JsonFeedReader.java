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
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        FeedInfo info = new FeedInfo(Texts.plain(text(root, "title")), Links.resolve(feedUrl, text(root, "home_page_url")),
                Texts.plain(text(root, "description")), Texts.plain(text(root, "language")), author(root), null,
                Links.resolve(feedUrl, Texts.firstNonNull(text(root, "icon"), text(root, "favicon"))),
                "json-" + version.substring(version.lastIndexOf('/') + 1),
                hub(root, feedUrl), Links.resolve(feedUrl, text(root, "feed_url")));
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (entries.size() >= maxEntries) {
                break;
            }
            entries.add(entry(item, feedUrl));
        }
        return new ParsedFeed(info, entries);
    }

    private static FeedEntry entry(JsonNode item, URI base) {
        String link = Links.resolve(base, Texts.firstNonNull(text(item, "url"), text(item, "external_url")));
        String title = Texts.plain(text(item, "title"));
        Instant published = instant(text(item, "date_published"));
        String contentHtml = Texts.html(text(item, "content_html"));
        String summary = Texts.html(Texts.firstNonNull(text(item, "summary"), text(item, "content_text")));
        String id = Texts.id(text(item, "id"));
        if (id == null) {
            id = link != null ? link : "sha256:" + Ids.sha256Hex(title + "\n" + published + "\n" + summary).substring(0, 32);
        }
        List<String> tags = StreamSupport.stream(item.path("tags").spliterator(), false).map(JsonNode::asText)
                .map(Texts::category).filter(Objects::nonNull).distinct().limit(Texts.MAX_CATEGORIES).toList();
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
                : new EntryMedia(image, duration, null, null, null, null, null, null, null);
        return new FeedEntry(id, title, link, author(item), published, instant(text(item, "date_modified")), summary,
                contentHtml, tags, null, null, null, attachments, media);
    }

    /** JSON Feed 1.1 "authors", else 1.0 "author". */
    private static String author(JsonNode node) {
        JsonNode first = node.path("authors").isArray() && !node.path("authors").isEmpty()
                ? node.path("authors").get(0) : node.path("author");
        return Texts.person(text(first, "name"));
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

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
