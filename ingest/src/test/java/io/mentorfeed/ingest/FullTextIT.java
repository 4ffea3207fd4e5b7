package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.fulltext.FullTextConfig;
import io.mentorfeed.model.FetchOutcome;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An excerpt-only feed, polled by the real service into Kafka: its entries carry the articles of their pages. */
@WithKafka
class FullTextIT {
    private static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private static HttpServer server;

    @BeforeAll
    static void setUp(KafkaCluster kafka) throws IOException {
        kafka.createTopics(Topics.ALL);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String feed = new String(fixture("excerpt-feed.xml"), StandardCharsets.UTF_8)
                .replace("ARTICLE_URL", url("/posts/first-mentor")).replace("WALLED_URL", url("/posts/walled"));
        // Every document differs (a new build date), so each poll parses it; its entries stay the same.
        server.createContext("/feed.xml", exchange -> respond(exchange, "application/rss+xml", feed.replace(
                "<channel>", "<channel><lastBuildDate>poll " + count(exchange) + "</lastBuildDate>")
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/posts/first-mentor", exchange -> {
            count(exchange);
            respond(exchange, "text/html; charset=utf-8", fixture("article.html"));
        });
        server.createContext("/posts/walled", exchange -> {
            count(exchange);
            respond(exchange, "text/html", fixture("no-article.html"));
        });
        server.start();
    }

    @AfterAll
    static void tearDown() {
        server.stop(0);
    }

    @Test
    void anExcerptOnlyFeedYieldsEntriesWithTheirArticlesEachPageFetchedOnce(KafkaCluster kafka) {
        kafka.send(Topics.MENTORS, Map.of("ada", new Mentor("ada", "Ada Marsh", url("/feed.xml"), SourceKind.BLOG)));
        var meters = new SimpleMeterRegistry();
        var config = IngestConfig.builder().groupId("ingest-it-fulltext").pollInterval(Duration.ofMillis(300))
                .minPollInterval(Duration.ofMillis(300)).maxPollInterval(Duration.ofSeconds(1))
                .initialPollSpread(Duration.ofMillis(200)).connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(1024 * 1024).maxConcurrentFetches(4)
                .userAgent("mentorfeed-it/1").withoutComments().fullText(FullTextConfig.defaults())
                .allowPrivateAddresses(true).build();

        try (var service = new IngestService(config, kafka.clientProperties(), meters)) {
            service.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(values(kafka.readAll(Topics.FETCH_LOG))).filteredOn(FetchOutcome::ok).hasSizeGreaterThan(3));
        }

        List<IngestedEntry> entries = values(kafka.readAll(Topics.ENTRIES));
        assertThat(entries).extracting(e -> e.entry().id())
                .containsExactly("workbench-first-mentor", "workbench-walled");
        var article = entries.getFirst().entry();
        assertThat(article.fullContentHtml()).contains("Who was your first mentor, and what is the one habit")
                .doesNotContain("<script", "Subscribe");
        assertThat(article.summary()).contains("asked the owner whether she would let me watch her quote a job");
        var walled = entries.get(1).entry();
        assertThat(walled.fullContentHtml()).isNull();
        assertThat(walled.summary()).contains("A short note about pricing");
        assertThat(hits.get("/posts/first-mentor").get()).isEqualTo(1);
        assertThat(hits.get("/posts/walled").get()).isEqualTo(1);
        assertThat(meters.get("mentorfeed.ingest.fulltext.extracted").counter().count()).isEqualTo(1);
        assertThat(meters.get("mentorfeed.ingest.fulltext.failed").tag("reason", "no-article").counter().count())
                .isEqualTo(1);
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    private static int count(HttpExchange exchange) {
        return hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FullTextIT.class.getResourceAsStream("/fulltext/" + name)) {
            return in.readAllBytes();
        }
    }
}
