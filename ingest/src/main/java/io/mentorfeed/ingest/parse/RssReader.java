package io.mentorfeed.ingest.parse;

import io.mentorfeed.ingest.parse.FeedParser.FeedDocument;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedInfo;
import io.mentorfeed.model.ParsedFeed;
import io.mentorfeed.model.Person;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * RSS 0.90, 0.91-0.94, 2.0 and 1.0 (RSS 2.0 specification; RSS 1.0 and its modules): the channel, described by
 * its own elements with Dublin Core, iTunes and atom:link beside them, and its items, read by
 * {@link RssItemReader}. RSS 1.0 and 0.90 put the items and the image beside the channel, under rdf:RDF.
 */
final class RssReader {
    private final RssItemReader items = new RssItemReader();

    FeedDocument read(Document document, FeedFormats.Format format, URI feedUrl, int maxEntries) {
        Element root = document.getRootElement();
        String rss = format.namespace();
        Element channel = Xml.child(root, rss, "channel");
        if (channel == null) {
            channel = new Element("channel"); // RSS 0.91 without a channel: nothing to read, but no failure
        }
        Element itemParent = format.layout() == FeedFormats.Layout.RDF ? root : channel;
        List<Element> itemElements = Xml.children(itemParent, rss, "item");
        if (itemElements.isEmpty()) {
            itemElements = Xml.children(root, rss, "item"); // RSS written with its items outside the channel
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Element item : itemElements) {
            if (entries.size() >= maxEntries) {
                break;
            }
            entries.add(items.read(item, rss, feedUrl));
        }
        URI base = XmlBase.of(channel, feedUrl);
        FeedInfo info = feedInfo(root, channel, rss, format.name(), base);
        return new FeedDocument(new ParsedFeed(info, entries), ttl(channel, rss));
    }

    private static FeedInfo feedInfo(Element root, Element channel, String rss, String format, URI base) {
        Element image = image(root, channel, rss);
        List<Person> authors = new ArrayList<>();
        Persons.addTo(authors, Persons.fromText(Xml.text(channel, rss, "managingEditor")));
        Persons.addTo(authors, Persons.fromText(Xml.text(channel, rss, "author"))); // not RSS 2.0, but common
        DublinCore.creators(channel).forEach(creator -> Persons.addTo(authors, Persons.fromText(creator)));
        Persons.addTo(authors, Persons.fromText(PodcastFields.author(channel)));
        String imageUrl = image == null ? null : Links.resolve(XmlBase.of(image, base), Xml.text(image, rss, "url"));
        if (imageUrl == null) {
            imageUrl = PodcastFields.image(channel, base);
        }
        List<String> categories = new ArrayList<>();
        Xml.children(channel, rss, "category").forEach(c -> categories.add(c.getText()));
        categories.addAll(DublinCore.subjects(channel));
        return new FeedInfo(
                Texts.firstNonNull(TextConstructs.plain(Xml.child(channel, rss, "title"), TextConstructs.UNTYPED),
                        TextConstructs.plain(DublinCore.title(channel), TextConstructs.UNTYPED)),
                Links.resolve(base, Texts.firstNonNull(Xml.text(channel, rss, "link"),
                        AtomLinks.href(channel, "alternate"))),
                Texts.firstNonNull(TextConstructs.plain(Xml.child(channel, rss, "description"), TextConstructs.UNTYPED),
                        TextConstructs.plain(DublinCore.description(channel), TextConstructs.UNTYPED),
                        PodcastFields.summary(channel)),
                Texts.firstNonNull(Texts.plain(Xml.text(channel, rss, "language")), DublinCore.language(channel),
                        Languages.inScope(channel)),
                authors.isEmpty() ? null : authors.getFirst().displayName(),
                updated(channel, rss),
                imageUrl,
                format,
                Links.resolve(base, AtomLinks.href(channel, "hub")),
                Links.resolve(base, AtomLinks.href(channel, "self")),
                authors,
                Categories.distinct(categories),
                image == null ? null : TextConstructs.plain(Xml.child(image, rss, "title"), TextConstructs.UNTYPED),
                image == null ? null : Links.resolve(base, Xml.text(image, rss, "link")),
                image == null ? null : TextConstructs.plain(Xml.child(image, rss, "description"), TextConstructs.UNTYPED),
                Texts.firstNonNull(Texts.plainGuessingMarkup(Xml.text(channel, rss, "copyright")),
                        DublinCore.rights(channel)),
                Texts.plain(Xml.text(channel, rss, "generator")),
                PodcastFields.show(channel, base));
    }

    /** The channel's image: its own child in RSS 0.91-2.0, a sibling of the channel in RSS 1.0 and 0.90. */
    private static Element image(Element root, Element channel, String rss) {
        Element image = Xml.child(channel, rss, "image");
        if (image != null && Xml.child(image, rss, "url") != null) {
            return image;
        }
        Element sibling = Xml.child(root, rss, "image");
        return sibling != null ? sibling : image;
    }

    /** RSS's lastBuildDate, Dublin Core's modified, the publication date, then Dublin Core's date. */
    private static Instant updated(Element channel, String rss) {
        Instant updated = FeedDates.parse(Xml.text(channel, rss, "lastBuildDate"));
        if (updated == null) {
            updated = DublinCore.modified(channel);
        }
        if (updated == null) {
            updated = FeedDates.parse(Xml.text(channel, rss, "pubDate"));
        }
        return updated != null ? updated : DublinCore.published(channel);
    }

    private static Duration ttl(Element channel, String rss) {
        String ttl = Xml.text(channel, rss, "ttl");
        try {
            int minutes = ttl == null ? 0 : Integer.parseInt(ttl.strip());
            return minutes > 0 ? Duration.ofMinutes(minutes) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
