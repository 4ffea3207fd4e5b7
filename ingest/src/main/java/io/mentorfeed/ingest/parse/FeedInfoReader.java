package io.mentorfeed.ingest.parse;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.itunes.AbstractITunesObject;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import io.mentorfeed.model.FeedInfo;
import java.net.URI;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Stream;

/** The feed-level fields of the normalized entry: what the feed says about itself, hub and self included. */
final class FeedInfoReader {
    private FeedInfoReader() {}

    static FeedInfo read(SyndFeed feed, URI feedUrl) {
        FeedInformation itunes = feed.getModule(AbstractITunesObject.URI) instanceof FeedInformation f ? f : null;
        Feed atom = feed.originalWireFeed() instanceof Feed a ? a : null;
        // Atom feed-level links are relative to the root's xml:base, itself relative to where the feed was fetched.
        URI base = atom == null ? feedUrl : Links.baseOr(atom.getXmlBase(), feedUrl);
        String author = Texts.firstNonNull(feed.getAuthor(), EntryNormalizer.firstName(feed.getAuthors()),
                itunes == null ? null : itunes.getAuthor(), feed.getManagingEditor());
        return new FeedInfo(
                Texts.plain(feed.getTitle()),
                Links.resolve(base, atom == null ? feed.getLink() : alternateLink(atom, feed)),
                Texts.plain(feed.getDescription()),
                Texts.plain(Texts.firstNonNull(feed.getLanguage(), atom == null ? null : atom.getLanguage())),
                Texts.person(author),
                EntryNormalizer.instant(updated(feed)),
                Links.resolve(base, image(feed, itunes)),
                feed.getFeedType(),
                Links.resolve(base, link(feed, atom, "hub")),
                Links.resolve(base, link(feed, atom, "self")));
    }

    /** Atom's rel="alternate" link (the site), which Rome's SyndFeed.getLink() may confuse with rel="self". */
    private static String alternateLink(Feed atom, SyndFeed feed) {
        return atom.getAlternateLinks().stream().map(l -> l.getHref()).filter(h -> h != null && !h.isBlank())
                .findFirst().orElse(feed.getLink());
    }

    /** Atom's updated, RSS's lastBuildDate, else the publication date. */
    private static Date updated(SyndFeed feed) {
        Date wireUpdated = switch (feed.originalWireFeed()) {
            case Feed atom -> atom.getUpdated();
            case Channel rss -> rss.getLastBuildDate();
            case null, default -> null;
        };
        return wireUpdated != null ? wireUpdated : feed.getPublishedDate();
    }

    private static String image(SyndFeed feed, FeedInformation itunes) {
        if (feed.getImage() != null && feed.getImage().getUrl() != null) {
            return feed.getImage().getUrl();
        }
        if (feed.getIcon() != null && feed.getIcon().getUrl() != null) {
            return feed.getIcon().getUrl();
        }
        if (itunes != null) {
            return itunes.getImageUri() != null ? itunes.getImageUri()
                    : itunes.getImage() != null ? itunes.getImage().toString() : null;
        }
        return null;
    }

    /**
     * An atom:link of the feed by rel, whether the feed is Atom or RSS 2.0 carrying atom:link elements. For Atom the
     * href as written, resolved by the caller against xml:base: Rome's own resolution of a root-relative href under
     * a root xml:base yields ".../null/path" when the feed also has an absolute self link.
     */
    private static String link(SyndFeed feed, Feed atom, String rel) {
        if (atom != null) {
            return Stream.concat(atom.getOtherLinks().stream(), atom.getAlternateLinks().stream())
                    .filter(l -> rel.equals(l.getRel())).map(l -> l.getHref())
                    .filter(h -> h != null && !h.isBlank()).findFirst().orElse(null);
        }
        Stream<String> atomLinks = feed.getLinks().stream()
                .filter(l -> rel.equals(l.getRel())).map(l -> l.getHref());
        Stream<String> rssAtomLinks = Optional.ofNullable(feed.getModule(AtomLinkModule.URI))
                .filter(AtomLinkModule.class::isInstance).map(AtomLinkModule.class::cast)
                .stream().flatMap(m -> m.getLinks().stream())
                .filter(l -> rel.equals(l.getRel())).map(l -> l.getHref());
        return Stream.concat(atomLinks, rssAtomLinks).filter(h -> h != null && !h.isBlank()).findFirst().orElse(null);
    }
}
