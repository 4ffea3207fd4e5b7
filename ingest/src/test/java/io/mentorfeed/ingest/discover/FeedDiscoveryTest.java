package io.mentorfeed.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.parse.FeedParser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
    private static final String RSS = "<rss version=\"2.0\"><channel><title>%s</title><link>%s</link>"
            + "<description>d</description></channel></rss>";

    private HttpServer server;
    private FeedFetcher fetcher;
    private FeedDiscovery discovery;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/blog/", "text/html", "<html><head><base href=\"/blog/\">"
                + "<link rel=\"stylesheet\" href=\"/style.css\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"posts.xml\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/missing.xml\">"
                + "</head><body>Hello</body></html>");
        serve("/blog/posts.xml", "application/rss+xml", RSS.formatted("Posts", "http://x.example/blog/"));
        serve("/plain/", "text/html", "<html><head><title>No links</title></head></html>");
        serve("/plain/feed", "application/rss+xml", RSS.formatted("Plain feed", "http://x.example/plain/"));
        server.start();
        fetcher = new FeedFetcher(IngestConfig.defaults().withAllowPrivateAddresses(true));
        discovery = new FeedDiscovery(fetcher, new FeedParser());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    @Test
    void aSitePageLeadsToItsAlternateFeeds() throws Exception {
        var found = discovery.discover(url("/blog/"));

        assertThat(found).singleElement().satisfies(feed -> {
            assertThat(feed.feedUrl()).isEqualTo(url("/blog/posts.xml"));
            assertThat(feed.title()).isEqualTo("Posts");
            assertThat(feed.format()).isEqualTo("rss_2.0");
            assertThat(feed.foundBy()).isEqualTo("link-alternate");
        });
    }

    @Test
    void aSiteWithoutLinksIsTriedOnWellKnownPaths() throws Exception {
        assertThat(discovery.discover(url("/plain/"))).singleElement().satisfies(feed -> {
            assertThat(feed.feedUrl()).isEqualTo(url("/plain/feed"));
            assertThat(feed.foundBy()).isEqualTo("well-known-path");
        });
    }

    @Test
    void aFeedUrlIsKeptAsItIs() throws Exception {
        assertThat(discovery.discover(url("/blog/posts.xml"))).singleElement()
                .satisfies(feed -> assertThat(feed.foundBy()).isEqualTo("given"));
    }

    @Test
    void youTubeChannelAndUserUrlsMapToTheirVideosFeed() {
        assertThat(YouTubeFeeds.directFeed(URI.create("https://www.youtube.com/channel/UCctXZhXmG-kf3tlIXgVZUlw")))
                .contains("https://www.youtube.com/feeds/videos.xml?channel_id=UCctXZhXmG-kf3tlIXgVZUlw");
        assertThat(YouTubeFeeds.directFeed(URI.create("https://youtube.com/user/garyvaynerchuk/videos")))
                .contains("https://www.youtube.com/feeds/videos.xml?user=garyvaynerchuk");
        assertThat(YouTubeFeeds.directFeed(URI.create("https://www.youtube.com/@garyvee"))).isEmpty();
        assertThat(YouTubeFeeds.directFeed(URI.create("https://example.org/channel/UCctXZhXmG-kf3tlIXgVZUlw")))
                .isEmpty();
    }

    @Test
    void anUnreachableSiteIsAnError() {
        var strict = new FeedDiscovery(new FeedFetcher(IngestConfig.defaults()), new FeedParser());
        assertThatThrownBy(() -> strict.discover(url("/blog/")))
                .isInstanceOf(FeedDiscovery.DiscoveryException.class).hasMessageContaining("private-address");
    }

    private void serve(String path, String type, String body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
