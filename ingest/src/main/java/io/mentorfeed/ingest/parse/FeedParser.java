package io.mentorfeed.ingest.parse;

import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.model.ParsedFeed;
import java.net.URI;
import java.time.Duration;
import org.jdom2.Document;

/**
 * Reads a feed body into the normalized entry (docs/ingest.md lists every field and where it comes from):
 * RSS 0.90-2.0, RSS 1.0, Atom 0.3 and 1.0 with Dublin Core, content, Slash, Well-Formed Web, Atom threading,
 * iTunes and Media RSS; JSON Feed 1.0 and 1.1. Top to bottom:
 *
 * <ol>
 *   <li>decode the bytes in one go ({@link CharsetDecoding});</li>
 *   <li>JSON Feed goes to {@link JsonFeedReader}; XML is parsed once into a document ({@link XmlDocuments}: a
 *       DOCTYPE that declares anything is refused, no DTD is ever fetched);</li>
 *   <li>namespace dialects Rome cannot read are rewritten into the forms it can ({@link FeedDialects});</li>
 *   <li>the format is told by Rome's own detection ({@link FeedFormats});</li>
 *   <li>the document is read by the reader of its layout ({@link RssReader}, {@link AtomReader}): every element
 *       family mapped, every link resolved against its element's xml:base, every date read with
 *       {@link FeedDates}, every HTML field sanitized ({@link ContentSanitizer}).</li>
 * </ol>
 * Thread-safe; usable from the command line: {@code new FeedParser().parse(bytes, contentType, url)}.
 */
public final class FeedParser {
    /** A parsed document and what it says about its own polling (RSS ttl), for the scheduler. */
    public record FeedDocument(ParsedFeed feed, Duration ttl) {}

    private final int maxEntries;
    private final JsonFeedReader jsonFeeds;
    private final RssReader rss = new RssReader();
    private final AtomReader atom = new AtomReader();

    public FeedParser() {
        this(IngestConfig.defaults().maxEntriesPerFeed());
    }

    public FeedParser(int maxEntriesPerFeed) {
        if (maxEntriesPerFeed < 1) {
            throw new IllegalArgumentException("maxEntriesPerFeed must be at least 1");
        }
        this.maxEntries = maxEntriesPerFeed;
        this.jsonFeeds = new JsonFeedReader(maxEntriesPerFeed);
    }

    /** Parses and normalizes; relative links are resolved against {@code feedUrl} where the feed gives no base. */
    public ParsedFeed parse(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        return parseDocument(body, contentType, feedUrl).feed();
    }

    public FeedDocument parseDocument(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty body", null);
        }
        String text = CharsetDecoding.decode(body, contentType).text();
        if (JsonFeedReader.looksLikeJson(body, contentType)) {
            return new FeedDocument(jsonFeeds.read(text, feedUrl), null);
        }
        Document document = XmlDocuments.parse(text);
        FeedDialects.canonicalize(document);
        FeedFormats.Format format = FeedFormats.of(document);
        return switch (format.layout()) {
            case RSS, RDF -> rss.read(document, format, feedUrl, maxEntries);
            case ATOM -> atom.read(document, format, feedUrl, maxEntries);
        };
    }

    /** The most telling message in the cause chain, on one line. */
    static String reason(Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
