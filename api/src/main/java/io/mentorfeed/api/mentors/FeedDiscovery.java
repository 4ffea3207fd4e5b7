package io.mentorfeed.api.mentors;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.model.InternalAddresses;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed behind a URL a user gives: a feed URL itself; a YouTube channel (its videos.xml); a site page's
 * {@code <link rel="alternate">}; else a few well-known feed paths. Its own small fetch (ingest owns feed fetching,
 * and services never import each other): HTTP(S) only, no automatic redirects (each hop is checked), bodies capped,
 * and private or loopback addresses refused unless configured.
 */
public final class FeedDiscovery {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_REDIRECTS = 4;
    private static final List<String> WELL_KNOWN = List.of("/feed", "/rss.xml", "/atom.xml", "/feed.xml",
            "/index.xml", "/rss");
    private static final Pattern CHANNEL = Pattern.compile("/channel/(UC[A-Za-z0-9_-]{22})");
    private static final Pattern CHANNEL_IN_PAGE = Pattern.compile("\"(?:channelId|externalId)\":\"(UC[A-Za-z0-9_-]{22})\"");
    private static final List<String> FEED_TYPES = List.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Predicate<InetAddress> NONE_REFUSED = address -> false;

    private final Predicate<InetAddress> refused;

    public FeedDiscovery(boolean allowPrivate) {
        this(allowPrivate ? NONE_REFUSED : InternalAddresses::isInternal);
    }

    /**
     * @param refused the addresses never fetched from (tests let one loopback server through, to redirect, or
     *                refuse every address so that nothing leaves the machine)
     */
    public FeedDiscovery(Predicate<InetAddress> refused) {
        this.refused = refused;
    }

    public DiscoveredFeed discover(String url) {
        URI start = parse(url);
        if (isYouTube(start)) {
            return youTube(start);
        }
        Fetched page = fetch(start);
        if (page.isFeed()) {
            return new DiscoveredFeed(page.uri().toString(), null, SourceKind.BLOG, null);
        }
        Document html = Jsoup.parse(page.body(), page.uri().toString());
        for (Element link : html.select("link[rel~=(?i)alternate][href]")) {
            if (FEED_TYPES.contains(link.attr("type").toLowerCase(Locale.ROOT))) {
                // The page names the feed: it must be a public http(s) URL like any other the reader gives.
                URI feed = parse(link.absUrl("href"));
                requirePublic(feed);
                return new DiscoveredFeed(feed.toString(), page.uri().toString(), SourceKind.BLOG, html.title());
            }
        }
        for (String path : WELL_KNOWN) {
            URI candidate = page.uri().resolve(path);
            Optional<Fetched> feed = tryFetch(candidate).filter(Fetched::isFeed);
            if (feed.isPresent()) {
                return new DiscoveredFeed(feed.get().uri().toString(), page.uri().toString(), SourceKind.BLOG,
                        html.title());
            }
        }
        throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': no feed found at " + start
                + " (no <link rel=\"alternate\"> and none of " + WELL_KNOWN + ")");
    }

    private DiscoveredFeed youTube(URI channel) {
        Matcher direct = CHANNEL.matcher(channel.getPath() == null ? "" : channel.getPath());
        String channelId;
        if (direct.find()) {
            channelId = direct.group(1);
        } else {
            Matcher inPage = CHANNEL_IN_PAGE.matcher(fetch(channel).body());
            if (!inPage.find()) {
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': no YouTube channel id found at "
                        + channel);
            }
            channelId = inPage.group(1);
        }
        return new DiscoveredFeed("https://www.youtube.com/feeds/videos.xml?channel_id=" + channelId,
                "https://www.youtube.com/channel/" + channelId, SourceKind.VIDEO, null);
    }

    static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > 2048) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw Rejection.invalid("Field 'url' must be an absolute http or https URL of at most 2048 characters");
        }
    }

    private static boolean isYouTube(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("youtube.com") || host.endsWith(".youtube.com");
    }

    private Optional<Fetched> tryFetch(URI uri) {
        try {
            return Optional.of(fetch(uri));
        } catch (Rejection e) {
            return Optional.empty();
        }
    }

    private Fetched fetch(URI first) {
        URI uri = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            requirePublic(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = redirectTarget(uri, response.headers().firstValue("Location").get());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': " + uri + " answered HTTP " + status);
            }
            return new Fetched(uri, response.headers().firstValue("Content-Type").orElse(""), read(response, uri));
        }
        throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': more than " + MAX_REDIRECTS + " redirects");
    }

    /** Where a redirect points; a Location that is not a URL is the site's fault, answered 422, not a 500. */
    private static URI redirectTarget(URI from, String location) {
        try {
            return parse(from.resolve(location).toString());
        } catch (IllegalArgumentException e) {
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': " + from + " redirects to an invalid URL");
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "mentorfeed-discovery/1").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': could not fetch " + uri + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': interrupted while fetching");
        }
    }

    private static String read(HttpResponse<InputStream> response, URI uri) {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': " + uri + " is larger than 1 MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': could not read " + uri);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to recover: the connection is dropped
        }
    }

    /** Refuses internal addresses ({@link InternalAddresses}): no probing the inside. */
    private void requirePublic(URI uri) {
        if (refused == NONE_REFUSED) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (refused.test(address)) {
                    throw Rejection.invalid("Field 'url': " + uri.getHost() + " is a private address");
                }
            }
        } catch (UnknownHostException e) {
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Field 'url': unknown host " + uri.getHost());
        }
    }

    private record Fetched(URI uri, String contentType, String body) {
        boolean isFeed() {
            String type = contentType.toLowerCase(Locale.ROOT);
            String head = body.stripLeading();
            head = head.substring(0, Math.min(head.length(), 512));
            return type.contains("rss") || type.contains("atom") || type.contains("feed+json")
                    || head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF")
                    || head.contains("jsonfeed.org/version");
        }
    }
}
