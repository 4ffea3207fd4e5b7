package io.mentorfeed.api.mentors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.api.Rejection;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
    private static HttpServer server;
    private static String base;
    private final FeedDiscovery discovery = new FeedDiscovery(true);

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/kim/", "site-with-alternate.html", "text/html");
        serve("/kim/posts/atom.xml", "feed.xml", "application/atom+xml");
        serve("/bo/", "site-without-alternate.html", "text/html");
        serve("/feed.xml", "feed.xml", "text/xml");
        serve("/redirect", null, null);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aSitePageLeadsToItsAlternateLink() {
        DiscoveredFeed found = discovery.discover(base + "/kim/");
        assertThat(found.feedUrl()).isEqualTo(base + "/kim/posts/atom.xml");
        assertThat(found.siteUrl()).isEqualTo(base + "/kim/");
        assertThat(found.title()).isEqualTo("Kim Lee writes");
    }

    @Test
    void aFeedUrlIsTakenAsItIsAndRedirectsAreFollowed() {
        assertThat(discovery.discover(base + "/feed.xml").feedUrl()).isEqualTo(base + "/feed.xml");
        assertThat(discovery.discover(base + "/redirect").feedUrl()).isEqualTo(base + "/feed.xml");
    }

    @Test
    void aSiteWithoutALinkFallsBackToWellKnownPaths() {
        assertThat(discovery.discover(base + "/bo/").feedUrl()).isEqualTo(base + "/feed.xml");
    }

    @Test
    void aYouTubeChannelUrlBecomesItsVideosFeedWithoutFetching() {
        DiscoveredFeed found = discovery.discover("https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv");
        assertThat(found.feedUrl())
                .isEqualTo("https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv");
        assertThat(found.kind()).isEqualTo(SourceKind.VIDEO);
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        assertThatThrownBy(() -> new FeedDiscovery(false).discover(base + "/feed.xml"))
                .isInstanceOf(Rejection.class).hasMessageContaining("private address");
        assertThatThrownBy(() -> new FeedDiscovery(false).discover("http://10.1.2.3/feed"))
                .hasMessageContaining("private address");
    }

    @Test
    void notAnHttpUrlIsInvalid() {
        assertThatThrownBy(() -> discovery.discover("file:///etc/passwd")).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID)).hasMessageContaining("'url'");
    }

    private static void serve(String path, String fixture, String type) {
        server.createContext(path, exchange -> {
            if (fixture == null) {
                exchange.getResponseHeaders().set("Location", "/feed.xml");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body;
            try (InputStream in = FeedDiscoveryTest.class.getResourceAsStream("/discovery/" + fixture)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
