package io.mentorfeed.ingest.websub;

import io.mentorfeed.model.FeedInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a feed's hub and topic (WebSub section 4): the HTTP Link headers of the feed's response first, then the
 * document's own atom:link rel="hub"/"self". The topic is the advertised self URL, else the feed URL. YouTube's
 * channel feeds advertise nothing, yet Google's hub serves them under a topic URL of their own.
 */
public final class HubDiscovery {
    static final URI YOUTUBE_HUB = URI.create("https://pubsubhubbub.appspot.com/");
    private static final String YOUTUBE_TOPIC = "https://www.youtube.com/xml/feeds/videos.xml?";

    private HubDiscovery() {}

    /**
     * @param feedUrl     where the feed was fetched from (the base of relative links)
     * @param feed        what the parsed document says about itself (hub and self may be null)
     * @param linkHeaders the values of the response's Link headers (none for a pushed body)
     */
    public static Optional<HubTopic> discover(URI feedUrl, FeedInfo feed, List<String> linkHeaders) {
        Optional<URI> youtube = youtubeTopic(feedUrl);
        if (youtube.isPresent()) {
            return Optional.of(new HubTopic(YOUTUBE_HUB, youtube.get().toString()));
        }
        Optional<URI> hub = LinkHeader.first(linkHeaders, feedUrl, "hub")
                .or(() -> parse(feed == null ? null : feed.hub(), feedUrl));
        if (hub.isEmpty()) {
            return Optional.empty();
        }
        String topic = LinkHeader.first(linkHeaders, feedUrl, "self")
                .or(() -> parse(feed == null ? null : feed.self(), feedUrl))
                .orElse(feedUrl).toString();
        return Optional.of(new HubTopic(hub.get(), topic));
    }

    /** A channel feed (youtube.com/feeds/videos.xml?channel_id=...) has its hub topic, whatever it advertises. */
    private static Optional<URI> youtubeTopic(URI feedUrl) {
        String host = feedUrl.getHost() == null ? "" : feedUrl.getHost().toLowerCase(Locale.ROOT);
        String query = feedUrl.getRawQuery();
        boolean youtube = (host.equals("www.youtube.com") || host.equals("youtube.com"))
                && "/feeds/videos.xml".equals(feedUrl.getPath()) && query != null && query.startsWith("channel_id=");
        return youtube ? Optional.of(URI.create(YOUTUBE_TOPIC + query)) : Optional.empty();
    }

    private static Optional<URI> parse(String url, URI base) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(base.resolve(new URI(url.strip())));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
