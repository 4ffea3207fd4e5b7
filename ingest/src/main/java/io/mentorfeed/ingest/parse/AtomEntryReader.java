package io.mentorfeed.ingest.parse;

import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.EntrySource;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Person;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;

/**
 * One Atom entry into the normalized entry (RFC 4287 4.1.2; Atom 0.3's issued, created and modified). Authors
 * follow 4.2.1: an entry without its own takes its atom:source's, else the feed's. Text constructs keep their type
 * ({@link TextConstructs}); content with a src is out of line. Threading (RFC 4685) gives the comments.
 */
final class AtomEntryReader {
    FeedEntry read(Element entry, String atom, URI feedUrl, List<Person> feedAuthors) {
        URI base = XmlBase.of(entry, feedUrl);
        Element alternate = AtomLinks.alternate(entry, atom);
        String rawLink = alternate == null ? null : alternate.getAttributeValue("href");
        String link = alternate == null ? null : Links.resolve(XmlBase.child(alternate, base), rawLink);
        String title = TextConstructs.plain(Xml.child(entry, atom, "title"), TextConstructs.TEXT);
        Instant published = published(entry, atom);
        TextConstructs.Value summary = text(Xml.child(entry, atom, "summary"), feedUrl, link);
        if (summary == null) {
            summary = MediaFields.descriptionText(entry);
        }
        Element contentElement = Xml.child(entry, atom, "content");
        TextConstructs.Value content = contentElement == null ? null : TextConstructs.read(contentElement,
                TextConstructs.TEXT, XmlBase.forHtml(contentElement, feedUrl, link));
        Element source = Xml.child(entry, atom, "source");
        List<Person> authors = people(entry, atom, "author", feedUrl);
        if (authors.isEmpty() && source != null) {
            authors = people(source, atom, "author", feedUrl);
        }
        if (authors.isEmpty()) {
            authors = feedAuthors;
        }
        String id = Texts.id(Xml.text(entry, atom, "id"));
        if (id == null) {
            id = Texts.id(rawLink);
        }
        if (id == null) {
            id = "sha256:" + Ids.sha256Hex(title + "\n" + published + "\n"
                    + (summary == null ? null : summary.html())).substring(0, 32);
        }
        return FeedEntry.builder(id)
                .title(title)
                .link(link)
                .authors(authors)
                .author(authors.isEmpty() ? null : authors.getFirst().displayName())
                .contributors(people(entry, atom, "contributor", feedUrl))
                .published(published)
                .updated(AtomReader.updated(entry, atom))
                .summary(summary == null ? null : summary.html(), summary == null ? null : summary.type())
                .content(content == null ? null : content.html(), content == null ? null : content.type())
                .contentSrc(contentElement == null ? null
                        : Links.resolve(XmlBase.child(contentElement, base), contentElement.getAttributeValue("src")))
                .categories(categories(entry, atom))
                .commentsUrl(replies(entry, atom, base, false))
                .commentsFeedUrl(Texts.firstNonNull(replies(entry, atom, base, true),
                        CommentFields.commentsFeedUrl(entry, base)))
                .commentCount(commentCount(entry, atom))
                .enclosures(enclosures(entry, atom, base))
                .media(MediaFields.of(entry, base))
                .language(Texts.firstNonNull(Languages.inScope(entry), DublinCore.language(entry)))
                .source(source(source, atom, base))
                .build();
    }

    /** Person constructs of one kind (author, contributor) of a feed, entry or source. */
    static List<Person> people(Element parent, String atom, String kind, URI feedUrl) {
        List<Person> people = new ArrayList<>();
        for (Element person : Xml.children(parent, atom, kind)) {
            Persons.addTo(people, Persons.fromAtom(person, atom, feedUrl));
        }
        return people;
    }

    /** Atom 1.0 categories by label, else term; Atom 0.3 has Dublin Core subjects instead. */
    static List<String> categories(Element parent, String atom) {
        List<String> names = new ArrayList<>();
        for (Element category : Xml.children(parent, atom, "category")) {
            names.add(Texts.firstNonNull(category.getAttributeValue("label"), category.getAttributeValue("term"),
                    category.getText()));
        }
        names.addAll(DublinCore.subjects(parent));
        return Categories.distinct(names);
    }

    private static Instant published(Element entry, String atom) {
        for (String name : new String[] {"published", "issued", "created"}) {
            Instant date = FeedDates.parse(Xml.text(entry, atom, name));
            if (date != null) {
                return date;
            }
        }
        return DublinCore.published(entry);
    }

    private static TextConstructs.Value text(Element element, URI feedUrl, String link) {
        if (element == null) {
            return null;
        }
        TextConstructs.Value value = TextConstructs.read(element, TextConstructs.TEXT,
                XmlBase.forHtml(element, feedUrl, link));
        return value.html() == null ? null : value;
    }

    /** A rel="replies" link: to a feed of comments when {@code feed}, else to the comments page. */
    private static String replies(Element entry, String atom, URI base, boolean feed) {
        for (Element link : AtomLinks.withRel(entry, atom, "replies")) {
            if (AtomLinks.isFeedType(link) == feed) {
                return Links.resolve(XmlBase.child(link, base), link.getAttributeValue("href"));
            }
        }
        return null;
    }

    private static Integer commentCount(Element entry, String atom) {
        Integer count = CommentFields.count(entry);
        if (count != null) {
            return count;
        }
        for (Element link : AtomLinks.withRel(entry, atom, "replies")) {
            Integer linkCount = CommentFields.repliesCount(link);
            if (linkCount != null) {
                return linkCount;
            }
        }
        return null;
    }

    private static List<Enclosure> enclosures(Element entry, String atom, URI base) {
        List<Enclosure> enclosures = new ArrayList<>();
        for (Element link : AtomLinks.withRel(entry, atom, "enclosure")) {
            String url = Links.resolve(XmlBase.child(link, base), link.getAttributeValue("href"));
            if (url != null && enclosures.size() < Texts.MAX_ENCLOSURES) {
                enclosures.add(new Enclosure(url, Texts.plain(link.getAttributeValue("type")),
                        Enclosures.length(link.getAttributeValue("length"))));
            }
        }
        return enclosures;
    }

    private static EntrySource source(Element source, String atom, URI base) {
        if (source == null) {
            return null;
        }
        URI sourceBase = XmlBase.child(source, base);
        String title = TextConstructs.plain(Xml.child(source, atom, "title"), TextConstructs.TEXT);
        String link = Links.resolve(sourceBase, AtomLinks.href(source, atom, "alternate"));
        String self = Links.resolve(sourceBase, AtomLinks.href(source, atom, "self"));
        return title == null && link == null && self == null ? null : new EntrySource(title, link, self);
    }
}
