package io.mentorfeed.ingest.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.IngestMetrics;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FullTextMode;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FullTextReaderTest {
    private static final String ETAG = "\"article-v1\"";
    private static final String QUESTION = "Who was your first mentor";

    private final IngestConfig config = IngestConfig.builder().allowPrivateAddresses(true).build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger conditional = new AtomicInteger();
    private final AtomicReference<String> accepted = new AtomicReference<>();
    private HttpServer server;
    private FeedFetcher fetcher;
    private Mentor ada;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/first-mentor", exchange -> {
            count(exchange);
            accepted.set(exchange.getRequestHeaders().getFirst("Accept"));
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                respond(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", ETAG);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            respond(exchange, 200, fixture("article.html"));
        });
        server.createContext("/walled", exchange -> {
            count(exchange);
            respond(exchange, 200, fixture("no-article.html"));
        });
        server.createContext("/gone", exchange -> {
            count(exchange);
            respond(exchange, 404, new byte[0]);
        });
        server.createContext("/episode-12", exchange -> {
            count(exchange);
            respond(exchange, 200, fixture("needs-selector.html"));
        });
        server.start();
        fetcher = new FeedFetcher(config);
        ada = new Mentor("ada", "Ada Marsh", url("/feed"), SourceKind.BLOG);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    @Test
    void anExcerptGetsTheArticleOfItsPageAndKeepsTheFeedsText() {
        FeedEntry excerpt = excerpt("first", "/first-mentor");

        FeedEntry read = reader(config.fullText()).complete(ada, List.of(excerpt)).getFirst();

        assertThat(read.fullContentHtml()).contains(QUESTION).doesNotContain("<script");
        assertThat(read.summary()).isEqualTo(excerpt.summary());
        assertThat(read.withFullContentHtml(null)).isEqualTo(excerpt);
        assertThat(count("mentorfeed.ingest.fulltext.fetches")).isEqualTo(1);
        assertThat(count("mentorfeed.ingest.fulltext.extracted")).isEqualTo(1);
    }

    @Test
    void aPostVersionsPageIsFetchedOnceAndANewVersionIsAskedForConditionally() {
        FullTextReader reader = reader(config.fullText());
        FeedEntry excerpt = excerpt("first", "/first-mentor");

        reader.complete(ada, List.of(excerpt));
        FeedEntry again = reader.complete(ada, List.of(excerpt)).getFirst();

        assertThat(again.fullContentHtml()).contains(QUESTION);
        assertThat(hits("/first-mentor")).isEqualTo(1);
        assertThat(count("mentorfeed.ingest.fulltext.reused")).isEqualTo(1);

        FeedEntry edited = new FeedEntry("first", "What I learned from my first mentor (updated)", url("/first-mentor"),
                null, null, Instant.parse("2026-03-04T08:00:00Z"), excerpt.summary(), null, List.of(), null, null,
                null, List.of(), null);
        FeedEntry reread = reader.complete(ada, List.of(edited)).getFirst();

        assertThat(hits("/first-mentor")).isEqualTo(2);
        assertThat(conditional.get()).isEqualTo(1);
        assertThat(reread.fullContentHtml()).isEqualTo(again.fullContentHtml());
    }

    @Test
    void aPageThatFailsLeavesTheExcerptIsCountedByReasonAndIsNotFetchedAgain() {
        FullTextReader reader = reader(config.fullText());
        List<FeedEntry> excerpts = List.of(excerpt("walled", "/walled"), excerpt("gone", "/gone"));

        List<FeedEntry> read = reader.complete(ada, excerpts);
        reader.complete(ada, excerpts);

        assertThat(read).isEqualTo(excerpts);
        assertThat(meters.get("mentorfeed.ingest.fulltext.failed").tag("reason", "no-article").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("mentorfeed.ingest.fulltext.failed").tag("reason", "http-4xx").counter().count())
                .isEqualTo(1);
        assertThat(hits("/walled")).isEqualTo(1);
        assertThat(hits("/gone")).isEqualTo(1);
    }

    @Test
    void theMentorsSelectorPicksTheArticle() {
        Mentor sam = ada.withFullText(FullTextMode.AUTO, ".post-text");

        FeedEntry read = reader(config.fullText()).complete(sam, List.of(excerpt("ep12", "/episode-12"))).getFirst();

        assertThat(read.fullContentHtml()).contains("What would you ask me next week?").doesNotContain("Reader One");
    }

    @Test
    void aPollFetchesAtMostItsBudgetOfPagesAndTheRestGoOnAsTheyAre() {
        var oneAPoll = new FullTextConfig(true, 500, 1024 * 1024, 100, 1, Duration.ofMinutes(1));
        List<FeedEntry> excerpts = List.of(excerpt("first", "/first-mentor"), excerpt("ep12", "/episode-12"));

        List<FeedEntry> read = reader(oneAPoll).complete(ada, excerpts);

        assertThat(read.get(0).fullContentHtml()).isNotNull();
        assertThat(read.get(1)).isEqualTo(excerpts.get(1));
        assertThat(hits("/episode-12")).isZero();
        assertThat(meters.get("mentorfeed.ingest.fulltext.skipped").tag("reason", "budget").counter().count())
                .isEqualTo(1);
    }

    @Test
    void nothingIsFetchedWhenTheMentorSaysNeverOrFullTextIsOffOrTheEntryHasNoLink() {
        List<FeedEntry> excerpts = List.of(excerpt("first", "/first-mentor"));
        var linkless = new FeedEntry("x", "No link", null, null, null, null, "Short.", null, List.of(), null, null,
                null, List.of(), null);

        assertThat(reader(config.fullText()).complete(ada.withFullText(FullTextMode.NEVER, null), excerpts))
                .isEqualTo(excerpts);
        assertThat(reader(FullTextConfig.off()).complete(ada, excerpts)).isEqualTo(excerpts);
        assertThat(reader(config.fullText()).complete(ada, List.of(linkless))).containsExactly(linkless);
        assertThat(hits("/first-mentor")).isZero();
        assertThat(meters.get("mentorfeed.ingest.fulltext.skipped").tag("reason", "no-link").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aPageOnAPrivateAddressIsRefusedLikeAFeedAndThePageIsAskedForAsHtml() {
        try (var guarded = new FeedFetcher(IngestConfig.defaults())) {
            var reader = new FullTextReader(guarded, config.fullText(), new IngestMetrics(meters));

            assertThat(reader.complete(ada, List.of(excerpt("first", "/first-mentor"))).getFirst().fullContentHtml())
                    .isNull();
        }
        assertThat(hits("/first-mentor")).isZero();
        assertThat(meters.get("mentorfeed.ingest.fulltext.failed").tag("reason", "private-address").counter().count())
                .isEqualTo(1);

        reader(config.fullText()).complete(ada, List.of(excerpt("first", "/first-mentor")));
        assertThat(accepted.get()).startsWith("text/html");
    }

    private FullTextReader reader(FullTextConfig settings) {
        return new FullTextReader(fetcher, settings, new IngestMetrics(meters));
    }

    private FeedEntry excerpt(String id, String path) {
        return new FeedEntry(id, "What I learned from my first mentor", url(path), null, null, null,
                "<p>Twenty years ago I walked into a small print shop [&#8230;]</p>", null, List.of(), null, null, null,
                List.of(), null);
    }

    private double count(String meter) {
        return meters.get(meter).counter().count();
    }

    private int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void count(HttpExchange exchange) {
        hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FullTextReaderTest.class.getResourceAsStream("/fulltext/" + name)) {
            return in.readAllBytes();
        }
    }
}
