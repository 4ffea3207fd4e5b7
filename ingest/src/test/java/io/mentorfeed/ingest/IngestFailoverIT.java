package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.FetchOutcome;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two ingest instances share twelve growing feeds; one is killed mid-run (threads stopped, transaction left open,
 * no clean close). Every entry of every feed must reach mentorfeed.entries, and none twice by key and id.
 */
@WithKafka
class IngestFailoverIT {
    private static final int FEEDS = 12;
    private static final int ENTRIES_PER_FEED = 10;
    private static final long REVEAL_EVERY_MILLIS = 700;

    @Test
    void killingOneOfTwoInstancesLosesNoEntryAndDoublesNone(KafkaCluster kafka) throws IOException {
        kafka.createTopics(Topics.ALL);
        long start = System.currentTimeMillis();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> serveGrowingFeed(exchange, start));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Map<String, Mentor> mentors = new HashMap<>();
            for (int i = 0; i < FEEDS; i++) {
                mentors.put("m" + i, new Mentor("m" + i, "Mentor " + i, base + "m" + i + ".xml", SourceKind.BLOG));
            }
            kafka.send(Topics.MENTORS, mentors);
            Map<String, Object> props = new HashMap<>(kafka.clientProperties());
            // The killed instance's open transaction is aborted by the broker after this; keeps the test short.
            props.put("transaction.timeout.ms", 5000);

            var survivor = new IngestService(config(), props);
            var victim = new IngestService(config(), props);
            try (survivor) {
                victim.start();
                survivor.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> victim.isReady() && survivor.isReady());
                // Both instances poll, and some entries are out, but the feeds are still growing.
                await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.FETCH_LOG).stream()
                        .map(ConsumerRecord::value).map(FetchOutcome::mentorId).distinct().count() == FEEDS);
                victim.halt();

                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    var entries = kafka.readAll(Topics.ENTRIES);
                    Set<String> seen = new HashSet<>();
                    entries.forEach(r -> seen.add(r.key() + "/" + r.value().entry().id()));
                    assertThat(seen).hasSize(FEEDS * ENTRIES_PER_FEED);
                });
                List<ConsumerRecord<String, IngestedEntry>> entries = kafka.readAll(Topics.ENTRIES);
                Map<String, Long> copies = entries.stream().collect(Collectors.groupingBy(
                        r -> r.key() + "/" + r.value().entry().id(), Collectors.counting()));
                assertThat(copies).allSatisfy((keyAndId, count) -> assertThat(count).as(keyAndId).isEqualTo(1));
                assertThat(entries).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().mentorId()));
            } finally {
                victim.stop();
            }
        } finally {
            server.stop(0);
        }
    }

    private static IngestConfig config() {
        return IngestConfig.builder().groupId("ingest-failover").pollInterval(Duration.ofMillis(300))
                .minPollInterval(Duration.ofMillis(300)).maxPollInterval(Duration.ofSeconds(1))
                .initialPollSpread(Duration.ofMillis(200)).connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(1024 * 1024).maxConcurrentFetches(4)
                .userAgent("mentorfeed-it/1").withoutComments().fullText(FullTextConfig.off())
                .allowPrivateAddresses(true).build();
    }

    /** Feed /mN.xml shows one more entry every REVEAL_EVERY_MILLIS, newest first, with an ETag per version. */
    private static void serveGrowingFeed(HttpExchange exchange, long start) throws IOException {
        String feed = exchange.getRequestURI().getPath().substring(1).replace(".xml", "");
        int visible = (int) Math.min(ENTRIES_PER_FEED, 1 + (System.currentTimeMillis() - start) / REVEAL_EVERY_MILLIS);
        String etag = "\"" + feed + "-v" + visible + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(feed).append("</title><link>http://example.org/").append(feed).append("</link>");
        for (int i = visible; i >= 1; i--) {
            xml.append("<item><guid>").append(feed).append("-").append(i).append("</guid><title>Post ").append(i)
                    .append("</title></item>");
        }
        byte[] body = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
