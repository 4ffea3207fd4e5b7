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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One ingest run over two good feeds and six hostile ones on a real Kafka cluster: the good feeds' entries are all
 * published, once; a 100,000-entry feed is cut to max-entries-per-feed; megabyte titles are cut and still published;
 * an ETag that changes on every poll publishes nothing twice; an entity bomb is a parse failure with a dead letter; a
 * gzip bomb and 10 MB of junk are "too-large" failures; and the service stays ready throughout.
 */
@WithKafka
class HostileFeedsIT {
    private static final int MAX_ENTRIES = 200;
    private static final AtomicInteger flappingVersion = new AtomicInteger();
    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/good.xml", fixture("feeds/rss2-blog-with-comments.xml"), null);
        serve("/good.json", fixture("feeds/jsonfeed-1.1.json"), null);
        serve("/bomb.xml", fixture("feeds/doctype-entity-bomb.xml"), null);
        serve("/gzip-bomb.xml", gzip(new byte[20 * 1024 * 1024]), "gzip");
        serve("/many.xml", manyEntries(100_000), null);
        serve("/huge-title.xml", hugeTitle(), null);
        byte[] junk = new byte[10 * 1024 * 1024];
        new java.util.Random(10).nextBytes(junk);
        serve("/junk.xml", junk, null);
        byte[] flapping = fixture("feeds/rss2-blog-with-comments.xml");
        server.createContext("/flapping-etag.xml", exchange -> {
            exchange.getResponseHeaders().add("ETag", "\"v" + flappingVersion.incrementAndGet() + "\"");
            respond(exchange, flapping);
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void hostileFeedsFailAloneAndEveryGoodEntryIsPublishedOnce(KafkaCluster kafka) {
        kafka.createTopics(Topics.ALL);
        Map<String, String> feeds = Map.of("good", "/good.xml", "json", "/good.json", "bomb", "/bomb.xml",
                "gzipbomb", "/gzip-bomb.xml", "many", "/many.xml", "huge", "/huge-title.xml", "junk", "/junk.xml",
                "flap", "/flapping-etag.xml");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        feeds.forEach((id, path) -> kafka.send(Topics.MENTORS, Map.of(id, new Mentor(id, id, base + path,
                SourceKind.BLOG))));

        try (var service = new IngestService(config(), kafka.clientProperties())) {
            service.start();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var log = kafka.readAll(Topics.FETCH_LOG);
                assertThat(values(log, "bomb")).isNotEmpty().allMatch(o -> o.errorClass().equals("parse"));
                assertThat(values(log, "gzipbomb")).isNotEmpty().allMatch(o -> o.errorClass().equals("too-large"));
                assertThat(values(log, "junk")).isNotEmpty().allMatch(o -> o.errorClass().equals("too-large"));
                assertThat(values(log, "many")).anyMatch(o -> o.ok() && o.entries() == MAX_ENTRIES);
                assertThat(values(log, "huge")).anyMatch(FetchOutcome::ok);
                assertThat(values(log, "flap").stream().filter(FetchOutcome::ok).count()).isGreaterThanOrEqualTo(3);
                assertThat(values(log, "good")).hasSizeGreaterThanOrEqualTo(2);
            });
            assertThat(service.isReady()).isTrue();
            assertThat(service.isLive()).isTrue();

            var entries = kafka.readAll(Topics.ENTRIES);
            assertThat(ids(entries, "good")).hasSize(3).doesNotHaveDuplicates();
            assertThat(ids(entries, "json")).hasSize(2).doesNotHaveDuplicates();
            assertThat(ids(entries, "flap")).as("a new ETag with the same entries publishes nothing again")
                    .hasSize(3).doesNotHaveDuplicates();
            assertThat(ids(entries, "many")).hasSize(MAX_ENTRIES).doesNotHaveDuplicates();
            assertThat(values(entries, "huge")).singleElement().satisfies(e -> {
                assertThat(e.entry().title()).startsWith("Huge Huge").hasSizeLessThan(4_000);
                assertThat(e.entry().summary()).hasSizeLessThan(200_000);
            });
            assertThat(ids(entries, "bomb")).isEmpty();
            assertThat(ids(entries, "gzipbomb")).isEmpty();
            assertThat(ids(entries, "junk")).isEmpty();
            service.stop();
        }
    }

    private static IngestConfig config() {
        return IngestConfig.builder().groupId("ingest-it-hostile").pollInterval(Duration.ofMillis(300))
                .minPollInterval(Duration.ofMillis(300)).maxPollInterval(Duration.ofSeconds(1))
                .initialPollSpread(Duration.ofMillis(200)).connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(10)).maxBodyBytes(8 * 1024 * 1024).maxEntriesPerFeed(MAX_ENTRIES)
                .maxConcurrentFetches(4).userAgent("mentorfeed-it/1").withoutComments().fullText(FullTextConfig.off())
                .allowPrivateAddresses(true).build();
    }

    private static byte[] manyEntries(int count) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>"
                + "<link>https://many.example/</link><description>d</description>");
        for (int i = 0; i < count; i++) {
            rss.append("<item><guid>m").append(i).append("</guid><title>t").append(i).append("</title></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hugeTitle() {
        String huge = "Huge ".repeat(200_000);
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://huge.example/</link>"
                + "<description>d</description><item><guid>huge</guid><title>" + huge + "</title><description>" + huge
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(List<ConsumerRecord<String, IngestedEntry>> records, String mentorId) {
        return values(records, mentorId).stream().map(e -> e.entry().id()).toList();
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private static void serve(String path, byte[] body, String contentEncoding) {
        server.createContext(path, exchange -> {
            if (contentEncoding != null) {
                exchange.getResponseHeaders().add("Content-Encoding", contentEncoding);
            }
            respond(exchange, body);
        });
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientStoppedReading) {
            // the fetcher stops at its body limit
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = HostileFeedsIT.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }
}
