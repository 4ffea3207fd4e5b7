package io.mentorfeed.ingest.parse;

import io.mentorfeed.ingest.parse.FeedParser.FeedDocument;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedInfo;
import io.mentorfeed.model.ParsedFeed;
import io.mentorfeed.model.Person;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Atom 1.0 (RFC 4287) and Atom 0.3: the feed's own elements (0.3's tagline, copyright and modified where 1.0 says
 * subtitle, rights and updated), and its entries, read by {@link AtomEntryReader}. Feed-level links are resolved
 * against the root's xml:base, itself relative to where the feed was fetched.
 */
final class AtomReader {
    private final AtomEntryReader entries = new AtomEntryReader();

    FeedDocument read(Document document, FeedFormats.Format format, URI feedUrl, int maxEntries) {
        Element feed = document.getRootElement();
        String atom = format.namespace();
        URI base = XmlBase.of(feed, feedUrl);
        List<Person> authors = AtomEntryReader.people(feed, atom, "author", feedUrl);
        List<FeedEntry> read = new ArrayList<>();
        for (Element entry : Xml.children(feed, atom, "entry")) {
            if (read.size() >= maxEntries) {
                break;
            }
            read.add(entries.read(entry, atom, feedUrl, authors));
        }
        return new FeedDocument(new ParsedFeed(feedInfo(feed, atom, format.name(), base, authors), read), null);
    }

    private static FeedInfo feedInfo(Element feed, String atom, String format, URI base, List<Person> authors) {
        Element alternate = AtomLinks.alternate(feed, atom);
        return new FeedInfo(
                TextConstructs.plain(Xml.child(feed, atom, "title"), TextConstructs.TEXT),
                alternate == null ? null : Links.resolve(XmlBase.child(alternate, base), alternate.getAttributeValue("href")),
                TextConstructs.plain(Xml.either(Xml.child(feed, atom, "subtitle"),
                        Xml.child(feed, atom, "tagline")), TextConstructs.TEXT),
                Texts.firstNonNull(Languages.inScope(feed), DublinCore.language(feed)),
                authors.isEmpty() ? null : authors.getFirst().displayName(),
                updated(feed, atom),
                Links.resolve(base, Texts.firstNonNull(Xml.text(feed, atom, "logo"), Xml.text(feed, atom, "icon"),
                        PodcastFields.image(feed, base))),
                format,
                Links.resolve(base, AtomLinks.href(feed, atom, "hub")),
                Links.resolve(base, AtomLinks.href(feed, atom, "self")),
                authors,
                AtomEntryReader.categories(feed, atom),
                null, null, null,
                TextConstructs.plain(Xml.either(Xml.child(feed, atom, "rights"),
                        Xml.child(feed, atom, "copyright")), TextConstructs.TEXT),
                Texts.plain(Xml.text(feed, atom, "generator")),
                PodcastFields.show(feed, base));
    }

    static Instant updated(Element element, String atom) {
        Instant updated = FeedDates.parse(Xml.text(element, atom, "updated"));
        if (updated == null) {
            updated = FeedDates.parse(Xml.text(element, atom, "modified"));
        }
        return updated != null ? updated : DublinCore.modified(element);
    }
}
