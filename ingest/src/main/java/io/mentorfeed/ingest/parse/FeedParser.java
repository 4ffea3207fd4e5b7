package io.mentorfeed.ingest.parse;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.Atom10Parser;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.model.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Reads a feed body with Rome (RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and the modules of rome-modules) and normalizes it.
 * Hostile XML is refused: a DOCTYPE makes the parse fail at once, so neither entity expansion nor external
 * entities can happen. The charset comes from the HTTP Content-Type, then the XML prolog, then a BOM.
 * Thread-safe; usable from the command line: {@code new FeedParser().parse(bytes, contentType, url)}.
 */
public final class FeedParser {
    static {
        // Resolve Atom's relative links against xml:base as Rome reads them; the rest is done by the normalizer.
        Atom10Parser.setResolveURIs(true);
    }

    private final EntryNormalizer normalizer;

    public FeedParser() {
        this(IngestConfig.defaults().maxEntriesPerFeed());
    }

    public FeedParser(int maxEntriesPerFeed) {
        this.normalizer = new EntryNormalizer(maxEntriesPerFeed);
    }

    /** Parses and normalizes; relative links are resolved against {@code feedUrl} where the feed gives no base. */
    public ParsedFeed parse(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        return normalizer.normalize(read(body, contentType), feedUrl);
    }

    /** Rome's view of the feed, before normalizing. */
    public SyndFeed read(byte[] body, String contentType) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty body", null);
        }
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            return input.build(reader);
        } catch (IOException | RuntimeException | com.rometools.rome.io.FeedException e) {
            throw new FeedParseException(reason(e), e);
        }
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
