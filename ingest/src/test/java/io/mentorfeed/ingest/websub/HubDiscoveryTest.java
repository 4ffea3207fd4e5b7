package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.FeedInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubDiscoveryTest {
    @Test
    void anAtomFeedAdvertisesItsHubAndSelfInItsLinks() throws Exception {
        URI feedUrl = URI.create("https://studio.example/feed.atom?utm=x");
        FeedInfo feed = parse("websub/atom-advertising-hub.xml", feedUrl);

        assertThat(HubDiscovery.discover(feedUrl, feed, List.of())).contains(
                new HubTopic(URI.create("https://studio.example/websub/hub"), "https://studio.example/feed.atom"));
    }

    @Test
    void withoutASelfLinkTheTopicIsTheFeedUrl() throws Exception {
        URI feedUrl = URI.create("https://letters.example/rss");
        FeedInfo feed = parse("websub/rss-advertising-hub.xml", feedUrl);

        assertThat(HubDiscovery.discover(feedUrl, feed, List.of()))
                .contains(new HubTopic(URI.create("https://hub.letters.example/"), "https://letters.example/rss"));
    }

    @Test
    void linkHeadersComeBeforeTheDocument() throws Exception {
        URI feedUrl = URI.create("https://studio.example/feed.atom");
        FeedInfo feed = parse("websub/atom-advertising-hub.xml", feedUrl);
        List<String> headers = List.of("<https://push.example/hub>; rel=\"hub\"",
                "<https://studio.example/canonical.atom>; rel=\"self\"");

        assertThat(HubDiscovery.discover(feedUrl, feed, headers)).contains(
                new HubTopic(URI.create("https://push.example/hub"), "https://studio.example/canonical.atom"));
    }

    @Test
    void aYouTubeChannelFeedUsesGooglesHubThoughItAdvertisesNone() throws Exception {
        URI feedUrl = URI.create("https://www.youtube.com/feeds/videos.xml?channel_id=UCexampleChannel0001");
        FeedInfo feed = parse("feeds/youtube-channel.xml", feedUrl);
        assertThat(feed.hub()).isNull();

        assertThat(HubDiscovery.discover(feedUrl, feed, List.of())).contains(new HubTopic(
                URI.create("https://pubsubhubbub.appspot.com/"),
                "https://www.youtube.com/xml/feeds/videos.xml?channel_id=UCexampleChannel0001"));
    }

    @Test
    void aFeedWithoutHubHasNothingToSubscribeTo() throws Exception {
        URI youtubePlaylist = URI.create("https://www.youtube.com/feeds/videos.xml?playlist_id=PL123");
        assertThat(HubDiscovery.discover(youtubePlaylist, null, List.of())).isEmpty();
        URI feedUrl = URI.create("https://blog.example/feed");
        FeedInfo feed = parse("feeds/rss091.xml", feedUrl);
        assertThat(HubDiscovery.discover(feedUrl, feed, List.of("<https://blog.example/>; rel=\"alternate\"")))
                .isEmpty();
    }

    private static FeedInfo parse(String resource, URI feedUrl) throws Exception {
        try (InputStream in = HubDiscoveryTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("missing fixture " + resource);
            }
            return new FeedParser().parse(in.readAllBytes(), "application/xml", feedUrl).feed();
        }
    }
}
