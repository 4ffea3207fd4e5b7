package io.mentorfeed.ingest.parse;

import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.EntrySource;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Person;
import io.mentorfeed.model.WebLinks;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;

/**
 * One RSS item into the normalized entry. Precedence where several elements say the same thing: the RSS element,
 * then Dublin Core, then iTunes, then Media RSS. The description is the summary and content:encoded (or an
 * xhtml:body) the content. A guid is the link only when it is a permalink (isPermaLink not "false") and an
 * http(s) URL as written. Links are resolved against the item's base: its xml:base, else the channel's, else the
 * feed URL; the HTML of the description and content against {@link XmlBase#forHtml}.
 */
final class RssItemReader {
    FeedEntry read(Element item, String rss, URI feedUrl) {
        URI base = XmlBase.of(item, feedUrl);
        Element guid = Xml.child(item, rss, "guid");
        String rawLink = Xml.text(item, rss, "link");
        String link = Links.resolve(base, rawLink);
        if (link == null && guid != null && isPermaLink(guid)) {
            link = WebLinks.clickable(guid.getText());
        }
        String title = Texts.firstNonNull(TextConstructs.plain(Xml.child(item, rss, "title"), TextConstructs.UNTYPED),
                TextConstructs.plain(DublinCore.title(item), TextConstructs.UNTYPED));
        Instant published = FeedDates.parse(Xml.text(item, rss, "pubDate"));
        if (published == null) {
            published = DublinCore.published(item);
        }
        TextConstructs.Value summary = summary(item, rss, feedUrl, link);
        TextConstructs.Value content = content(item, feedUrl, link);
        List<Person> authors = authors(item, rss);
        String id = id(guid, item, rawLink, title, published, summary);
        return FeedEntry.builder(id)
                .title(title)
                .link(link)
                .authors(authors)
                .author(authors.isEmpty() ? null : authors.getFirst().displayName())
                .published(published)
                .updated(updated(item))
                .summary(summary == null ? null : summary.html(), summary == null ? null : summary.type())
                .content(content == null ? null : content.html(), content == null ? null : content.type())
                .categories(categories(item, rss))
                .commentsUrl(Links.resolve(base, Xml.text(item, rss, "comments")))
                .commentsFeedUrl(CommentFields.commentsFeedUrl(item, base))
                .commentCount(CommentFields.count(item))
                .enclosures(enclosures(item, rss, base))
                .media(MediaFields.of(item, base))
                .language(Texts.firstNonNull(Languages.inScope(item), DublinCore.language(item)))
                .source(source(item, rss, base))
                .build();
    }

    /** The guid; RSS 1.0's rdf:about; the link as written; else a hash of what the item says. */
    private static String id(Element guid, Element item, String rawLink, String title, Instant published,
                             TextConstructs.Value summary) {
        String id = Texts.id(guid == null ? null : guid.getText());
        if (id == null) {
            id = Texts.id(Xml.attribute(item, "about"));
        }
        if (id == null) {
            id = Texts.id(rawLink);
        }
        return id != null ? id : "sha256:" + Ids.sha256Hex(title + "\n" + published + "\n"
                + (summary == null ? null : summary.html())).substring(0, 32);
    }

    /** Dublin Core's modified, else an atom:updated some RSS generators add. */
    private static Instant updated(Element item) {
        Instant modified = DublinCore.modified(item);
        return modified != null ? modified : FeedDates.parse(Xml.text(item, Namespaces.ATOM_10, "updated"));
    }

    private static boolean isPermaLink(Element guid) {
        String permaLink = guid.getAttributeValue("isPermaLink");
        return permaLink == null || !permaLink.strip().toLowerCase(Locale.ROOT).equals("false");
    }

    private static TextConstructs.Value summary(Element item, String rss, URI feedUrl, String link) {
        TextConstructs.Value summary = html(Xml.child(item, rss, "description"), TextConstructs.HTML, feedUrl, link);
        if (summary == null || summary.html() == null) {
            summary = html(DublinCore.description(item), TextConstructs.HTML, feedUrl, link);
        }
        if (summary == null || summary.html() == null) {
            summary = PodcastFields.summaryText(item);
        }
        if (summary == null || summary.html() == null) {
            summary = MediaFields.descriptionText(item);
        }
        return summary == null || summary.html() == null ? null : summary;
    }

    private static TextConstructs.Value content(Element item, URI feedUrl, String link) {
        TextConstructs.Value encoded = html(Xml.child(item, Namespaces.CONTENT, "encoded"), TextConstructs.HTML,
                feedUrl, link);
        if (encoded != null && encoded.html() != null) {
            return encoded;
        }
        TextConstructs.Value body = html(Xml.child(item, Namespaces.XHTML, "body"), TextConstructs.XHTML, feedUrl, link);
        return body == null || body.html() == null ? null : body;
    }

    private static TextConstructs.Value html(Element element, String type, URI feedUrl, String link) {
        return element == null ? null : TextConstructs.read(element, type, XmlBase.forHtml(element, feedUrl, link));
    }

    private static List<Person> authors(Element item, String rss) {
        List<Person> people = new ArrayList<>();
        Persons.addTo(people, Persons.fromText(Xml.text(item, rss, "author")));
        DublinCore.creators(item).forEach(creator -> Persons.addTo(people, Persons.fromText(creator)));
        if (people.isEmpty()) {
            Persons.addTo(people, Persons.fromText(PodcastFields.author(item))); // an episode's is its itunes:author
        }
        return people;
    }

    private static List<String> categories(Element item, String rss) {
        List<String> names = new ArrayList<>();
        Xml.children(item, rss, "category").forEach(category -> names.add(category.getText()));
        names.addAll(DublinCore.subjects(item));
        return Categories.distinct(names);
    }

    private static List<Enclosure> enclosures(Element item, String rss, URI base) {
        List<Enclosure> enclosures = new ArrayList<>();
        for (Element enclosure : Xml.children(item, rss, "enclosure")) {
            String url = Links.resolve(base, enclosure.getAttributeValue("url"));
            if (url != null && enclosures.size() < Texts.MAX_ENCLOSURES) {
                enclosures.add(new Enclosure(url, Texts.plain(enclosure.getAttributeValue("type")),
                        Enclosures.length(enclosure.getAttributeValue("length"))));
            }
        }
        return enclosures;
    }

    private static EntrySource source(Element item, String rss, URI base) {
        Element source = Xml.child(item, rss, "source");
        if (source == null) {
            return null;
        }
        String title = Texts.plainGuessingMarkup(source.getText());
        String url = Links.resolve(base, source.getAttributeValue("url"));
        return title == null && url == null ? null : new EntrySource(title, null, url);
    }
}
