package io.mentorfeed.ingest.parse;

import static io.mentorfeed.ingest.parse.FeedParserTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.ParsedFeed;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Hostile and lying documents: refused with a reason, or read correctly; never an outside fetch. */
class HostileFeedTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void externalEntityCannotReadAFile() {
        assertThatThrownBy(() -> parser.parse(fixture("external-entity-file-read.xml"), null,
                URI.create("https://x.example/rss")))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void externalDtdIsNeverFetched() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            byte[] body = new String(fixture("external-dtd.xml"), StandardCharsets.UTF_8)
                    .replace("PORT", String.valueOf(server.getAddress().getPort())).getBytes(StandardCharsets.UTF_8);
            // A DOCTYPE that only names a DTD is read (RSS 0.91 feeds have one); the DTD is never fetched.
            assertThat(parser.parse(body, null, URI.create("https://x.example/rss")).feed().title()).isEqualTo("t");
        } finally {
            server.stop(0);
        }
        assertThat(fetches.get()).isZero();
    }

    @Test
    void byteOrderMarkGivesTheCharset() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("utf8-bom.xml"), null, URI.create("https://bom.example/rss"));

        assertThat(parsed.feed().title()).isEqualTo("BOM \u00e9t\u00e9");
    }

    @Test
    void aFeedThatLiesAboutItsCharsetFallsBack() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("says-utf8-is-latin1.xml"), "application/rss+xml; charset=utf-8",
                URI.create("https://lies.example/rss"));

        assertThat(parsed.feed().title()).isEqualTo("Caf\u00e9 lies");
    }

    @Test
    void theXmlDeclarationIsTrustedWhenHttpSaysNothing() throws Exception {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Cr\u00e8me</title><link>https://c.example/</link><description>d</description></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parser.parse(latin1, "application/xml", URI.create("https://c.example/rss")).feed().title())
                .isEqualTo("Cr\u00e8me");
    }

    @Test
    void htmlEntitiesAreMendedByTheHealerFallback() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("html-entities-needs-healer.xml"), null,
                URI.create("https://heal.example/rss"));

        assertThat(parsed.feed().title()).isEqualTo("Caf\u00e9 notes");
        assertThat(parsed.entries().getFirst().title()).isEqualTo("Fine print");
    }

    @Test
    void aJsonBodyThatIsNoJsonFeedIsRefused() {
        byte[] json = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(json, "application/json", URI.create("https://j.example/")))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("not a JSON Feed");
    }
}
