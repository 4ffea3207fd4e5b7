package io.mentorfeed.ingest.discover;

import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.ingest.parse.FeedParseException;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.ParsedFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed of what people have: a feed URL (kept), a YouTube channel URL (its videos feed), or a site URL,
 * whose page is searched for {@code <link rel="alternate">} feeds and, failing that, whose well-known feed paths are
 * tried. Every candidate is fetched and parsed, so only real feeds are returned. Fetching goes through
 * {@link FeedFetcher}: the same limits and private-address refusal as polling.
 */
public final class FeedDiscovery {
    /** Tried below the page's folder, then below the site's root. */
    static final List<String> WELL_KNOWN = List.of("feed", "rss", "feed.xml", "rss.xml", "atom.xml", "index.xml",
            "feed.json", "feed/", "?feed=rss2");

    private final FeedFetcher fetcher;
    private final FeedParser parser;

    public FeedDiscovery(FeedFetcher fetcher, FeedParser parser) {
        this.fetcher = fetcher;
        this.parser = parser;
    }

    /** The feeds found, best first; empty when there is none. Throws for a URL that cannot be fetched at all. */
    public List<DiscoveredFeed> discover(String url) throws DiscoveryException {
        URI start = uri(url);
        Optional<String> youtube = YouTubeFeeds.directFeed(start);
        if (youtube.isPresent()) {
            return asFeed(youtube.get(), start.toString(), "youtube").stream().toList();
        }
        FetchResult.Fetched page = fetch(start);
        Optional<DiscoveredFeed> itself = read(page, start.toString(), "given");
        if (itself.isPresent()) {
            return List.of(itself.get());
        }
        List<DiscoveredFeed> found = new ArrayList<>();
        for (String candidate : alternates(page)) {
            asFeed(candidate, page.finalUrl().toString(), "link-alternate").ifPresent(found::add);
        }
        if (found.isEmpty() && !YouTubeFeeds.isYouTube(start)) {
            for (String candidate : wellKnown(page.finalUrl())) {
                Optional<DiscoveredFeed> feed = asFeed(candidate, page.finalUrl().toString(), "well-known-path");
                if (feed.isPresent()) {
                    found.add(feed.get());
                    break;
                }
            }
        }
        return found;
    }

    private static Set<String> wellKnown(URI page) {
        Set<String> candidates = new LinkedHashSet<>();
        WELL_KNOWN.forEach(path -> candidates.add(page.resolve(path).toString()));
        WELL_KNOWN.forEach(path -> candidates.add(page.resolve("/" + path).toString()));
        return candidates;
    }

    /** Feed links of an HTML page, resolved against its URL (and its {@code <base>}), in page order. */
    static Set<String> alternates(FetchResult.Fetched page) {
        Document html = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
        Set<String> links = new LinkedHashSet<>();
        for (Element link : html.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")
                    || type.contains("rdf")) {
                links.add(link.absUrl("href"));
            }
        }
        links.remove("");
        return links;
    }

    private Optional<DiscoveredFeed> asFeed(String url, String siteUrl, String foundBy) {
        try {
            return read(fetch(uri(url)), siteUrl, foundBy);
        } catch (DiscoveryException e) {
            return Optional.empty();
        }
    }

    private Optional<DiscoveredFeed> read(FetchResult.Fetched fetched, String siteUrl, String foundBy) {
        try {
            ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
            return Optional.of(new DiscoveredFeed(fetched.finalUrl().toString(), feed.feed().title(),
                    feed.feed().format(), feed.feed().link() != null ? feed.feed().link() : siteUrl, foundBy));
        } catch (FeedParseException notAFeed) {
            return Optional.empty();
        }
    }

    private FetchResult.Fetched fetch(URI url) throws DiscoveryException {
        return switch (fetcher.fetch(url, Validators.none())) {
            case FetchResult.Fetched fetched -> fetched;
            case FetchResult.Failed failed -> throw new DiscoveryException(url + ": " + failed.errorClass() + ": "
                    + failed.reason());
            case FetchResult.NotModified notModified -> throw new DiscoveryException(url + ": unexpected 304");
        };
    }

    private static URI uri(String url) throws DiscoveryException {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            return uri.getScheme() == null ? new URI("https://" + url.strip()) : uri;
        } catch (java.net.URISyntaxException e) {
            throw new DiscoveryException("not a URL: " + url);
        }
    }

    /** The URL given could not be fetched; the message is one line. */
    public static final class DiscoveryException extends Exception {
        public DiscoveryException(String message) {
            super(message);
        }
    }
}
