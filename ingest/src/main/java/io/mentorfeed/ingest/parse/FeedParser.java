package io.mentorfeed.ingest.parse;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.Atom10Parser;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.model.ParsedFeed;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a feed body and normalizes it: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with Rome (and the modules of
 * rome-modules), JSON Feed 1.0/1.1 with Jackson. Hostile XML is refused: a DOCTYPE makes the parse fail at once,
 * so neither entity expansion nor external entities or DTDs can be fetched. The body is decoded in one go
 * ({@link CharsetDecoding}) and read with Rome's XML healer off, which is several times faster; only a document
 * that then fails is read again with the healer on (it mends stray HTML entities and junk before the prolog).
 * Thread-safe; usable from the command line: {@code new FeedParser().parse(bytes, contentType, url)}.
 */
public final class FeedParser {
    static {
        // Resolve Atom's relative links against xml:base as Rome reads them; the rest is done by the normalizer.
        Atom10Parser.setResolveURIs(true);
    }

    /** A parsed document and what it says about its own polling (RSS ttl), for the scheduler. */
    public record FeedDocument(ParsedFeed feed, Duration ttl) {}

    private final EntryNormalizer normalizer;
    private final JsonFeedReader jsonFeeds;

    public FeedParser() {
        this(IngestConfig.defaults().maxEntriesPerFeed());
    }

    public FeedParser(int maxEntriesPerFeed) {
        this.normalizer = new EntryNormalizer(maxEntriesPerFeed);
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
        SyndFeed feed = readXml(text);
        return new FeedDocument(normalizer.normalize(feed, feedUrl), ttl(feed));
    }

    /** Rome's view of an XML feed, before normalizing. */
    public SyndFeed read(byte[] body, String contentType) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty body", null);
        }
        return readXml(CharsetDecoding.decode(body, contentType).text());
    }

    private static SyndFeed readXml(String text) throws FeedParseException {
        try {
            return input(false).build(new StringReader(text));
        } catch (FeedException | RuntimeException strict) {
            if (isDoctype(strict)) {
                throw new FeedParseException(reason(strict), strict);
            }
            try {
                return input(true).build(new StringReader(text));
            } catch (FeedException | RuntimeException healed) {
                throw new FeedParseException(reason(strict), strict);
            }
        }
    }

    private static SyndFeedInput input(boolean healer) {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        input.setXmlHealerOn(healer);
        return input;
    }

    private static Duration ttl(SyndFeed feed) {
        return feed.originalWireFeed() instanceof Channel rss && rss.getTtl() > 0
                ? Duration.ofMinutes(rss.getTtl()) : null;
    }

    private static boolean isDoctype(Throwable error) {
        return reason(error).startsWith("refused: the document declares a DOCTYPE");
    }

    /** The most telling message in the cause chain, on one line. */
    static String reason(Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        if (message.contains("DOCTYPE")) {
            return "refused: the document declares a DOCTYPE (entity expansion and external entities are not allowed)";
        }
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
