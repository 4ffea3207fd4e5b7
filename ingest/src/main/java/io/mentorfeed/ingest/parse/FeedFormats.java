package io.mentorfeed.ingest.parse;

import com.rometools.rome.io.WireFeedParser;
import com.rometools.rome.io.impl.FeedParsers;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Which format a document is in, named as Rome names it (rss_0.9, rss_0.91N, rss_0.91U, rss_0.92 ... rss_2.0,
 * rss_1.0, atom_0.3, atom_1.0), by Rome's own detection rules; and which of our readers reads it. An RSS root of
 * a version Rome does not know is read as RSS 2.0 is; anything else is not a feed.
 */
final class FeedFormats {
    /** How a document is laid out: RSS's channel and items, RDF's siblings, or Atom's feed and entries. */
    enum Layout { RSS, RDF, ATOM }

    /** A detected format: its name, its layout, and the namespace of its core elements. */
    record Format(String name, Layout layout, String namespace) {}

    private static final FeedParsers ROME_PARSERS = new FeedParsers();

    private FeedFormats() {}

    static Format of(Document document) throws FeedParseException {
        Element root = document.getRootElement();
        WireFeedParser parser = ROME_PARSERS.getParserFor(document);
        String name = parser == null ? null : parser.getType();
        if (name != null && name.startsWith("atom")) {
            return new Format(name, Layout.ATOM, root.getNamespaceURI());
        }
        if (name != null && (name.equals("rss_1.0") || name.equals("rss_0.9"))) {
            return new Format(name, Layout.RDF, name.equals("rss_1.0") ? FeedDialects.RSS_10.getURI()
                    : FeedDialects.RSS_090.getURI());
        }
        if (name != null && name.startsWith("rss")) {
            return new Format(name.equals("rss_2.0wNS") ? "rss_2.0" : name, Layout.RSS, Namespaces.NONE);
        }
        if (root.getName().equals("rss") && root.getNamespaceURI().isEmpty()) {
            String version = root.getAttributeValue("version");
            return new Format("rss_" + (version == null ? "2.0" : Texts.plain(version)), Layout.RSS, Namespaces.NONE);
        }
        throw new FeedParseException("not a feed: the document is <" + root.getQualifiedName()
                + "> in namespace '" + root.getNamespaceURI() + "', not RSS, RDF or Atom", null);
    }
}
