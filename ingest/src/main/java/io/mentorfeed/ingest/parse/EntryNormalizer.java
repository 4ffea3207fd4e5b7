package io.mentorfeed.ingest.parse;

import com.rometools.modules.slash.Slash;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.ParsedFeed;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdom2.Element;

/**
 * Turns Rome's {@link SyndFeed} into the normalized {@link ParsedFeed} of DESIGN.md: stable ids, absolute links,
 * decoded and trimmed text, UTC instants, comment links and counts, enclosures and media fields.
 */
public final class EntryNormalizer {
    private static final String WFW = "http://wellformedweb.org/CommentAPI/";

    private final int maxEntries;

    public EntryNormalizer(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
    }

    /** @param feedUrl where the feed was fetched from: the base of links the feed leaves relative */
    public ParsedFeed normalize(SyndFeed feed, URI feedUrl) {
        List<FeedEntry> entries = feed.getEntries().stream()
                .limit(maxEntries)
                .map(entry -> entry(entry, feedUrl))
                .toList();
        return new ParsedFeed(FeedInfoReader.read(feed, feedUrl), entries);
    }

    FeedEntry entry(SyndEntry entry, URI base) {
        String title = Texts.plain(entry.getTitle());
        String link = Links.resolve(base, entry.getLink());
        Instant published = instant(entry.getPublishedDate());
        String summary = Texts.html(entry.getDescription() == null ? null : entry.getDescription().getValue());
        if (summary == null) {
            summary = Texts.html(MediaFields.description(entry));
        }
        return new FeedEntry(
                stableId(entry, link, title, published, summary),
                title,
                link,
                Texts.person(Texts.firstNonNull(entry.getAuthor(), firstName(entry.getAuthors()))),
                published,
                instant(entry.getUpdatedDate()),
                summary,
                contentHtml(entry),
                categories(entry),
                Links.resolve(base, Texts.firstNonNull(entry.getComments(), repliesLink(entry, true))),
                Links.resolve(base, Texts.firstNonNull(foreignText(entry, WFW, "commentRss"), repliesLink(entry, false))),
                entry.getModule(Slash.URI) instanceof Slash slash ? slash.getComments() : null,
                entry.getEnclosures().stream().map(e -> enclosure(e, base)).filter(Objects::nonNull)
                        .limit(Texts.MAX_ENCLOSURES).toList(),
                MediaFields.of(entry));
    }

    /** GUID or atom:id; else the link; else a hash of what the entry says, so a re-read gives the same id. */
    static String stableId(SyndEntry entry, String link, String title, Instant published, String summary) {
        String uri = Texts.id(entry.getUri());
        if (uri != null) {
            return uri;
        }
        if (link != null) {
            return link;
        }
        return "sha256:" + Ids.sha256Hex(title + "\n" + published + "\n" + summary).substring(0, 32);
    }

    /** The entry's categories, else its Dublin Core subjects (Rome's RSS 1.0 converter drops those). */
    private static List<String> categories(SyndEntry entry) {
        List<String> names = entry.getCategories().stream().map(SyndCategory::getName).map(Texts::category)
                .filter(Objects::nonNull).distinct().limit(Texts.MAX_CATEGORIES).toList();
        if (!names.isEmpty() || !(entry.getModule(DCModule.URI) instanceof DCModule dc)) {
            return names;
        }
        return dc.getSubjects().stream().map(DCSubject::getValue).map(Texts::category).filter(Objects::nonNull)
                .distinct().limit(Texts.MAX_CATEGORIES).toList();
    }

    private static String contentHtml(SyndEntry entry) {
        return entry.getContents().stream().map(SyndContent::getValue).map(Texts::html)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Atom threading: rel="replies" points at the comments page (HTML) or the comments feed. */
    private static String repliesLink(SyndEntry entry, boolean html) {
        return entry.getLinks().stream()
                .filter(l -> "replies".equals(l.getRel()) && l.getHref() != null)
                .filter(l -> html == (l.getType() == null || l.getType().toLowerCase(Locale.ROOT).contains("html")))
                .map(l -> l.getHref()).findFirst().orElse(null);
    }

    private static String foreignText(SyndEntry entry, String namespace, String name) {
        for (Element element : entry.getForeignMarkup()) {
            if (name.equals(element.getName()) && namespace.equals(element.getNamespaceURI())) {
                return Texts.html(element.getText());
            }
        }
        return null;
    }

    private static Enclosure enclosure(SyndEnclosure enclosure, URI base) {
        String url = Links.resolve(base, enclosure.getUrl());
        if (url == null) {
            return null;
        }
        return new Enclosure(url, Texts.plain(enclosure.getType()),
                enclosure.getLength() > 0 ? enclosure.getLength() : null);
    }

    static String firstName(List<SyndPerson> people) {
        return people == null ? null : people.stream().map(SyndPerson::getName).map(Texts::plain)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
