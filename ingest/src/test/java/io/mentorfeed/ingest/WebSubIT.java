package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.websub.WebSubConfig;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WebSub end to end: a local feed server advertising our own test hub ({@link TestHub}), a real ingest service with
 * its callback listener, a real Kafka cluster. The hub verifies intent, pushes, and grants short leases.
 */
@WithKafka
class WebSubIT {
    private static HttpServer feeds;
    private static TestHub hub;
    private static final Map<String, AtomicInteger> feedGets = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp(KafkaCluster kafka) throws IOException {
        kafka.createTopics(Topics.ALL);
        hub = new TestHub();
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                feedGets.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                byte[] body = atom(feedUrl(path), "first-of-" + path.substring(1), "Already there")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        feeds.start();
    }

    @AfterAll
    static void tearDown() {
        feeds.stop(0);
        hub.close();
    }

    @Test
    void aSignedPushBecomesAnEntryWithoutAPollAndBadSignaturesAreRefusedAndCounted(KafkaCluster kafka)
            throws Exception {
        String topic = feedUrl("/studio.xml");
        kafka.send(Topics.MENTORS, Map.of("studio", new Mentor("studio", "Studio", topic, SourceKind.BLOG)));
        var meters = new SimpleMeterRegistry();

        try (var service = new IngestService(config("websub-it-push"), kafka.clientProperties(), meters)) {
            service.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> hub.latestVerified(topic).isPresent());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> entryIds(kafka, "studio").contains("first-of-studio.xml"));
            int getsBefore = feedGets.get("/studio.xml").get();
            String secret = hub.latestVerified(topic).orElseThrow().secret();

            byte[] update = atom(topic, "pushed-post", "Pushed, not polled").getBytes(StandardCharsets.UTF_8);
            assertThat(hub.push(topic, update, TestHub.sign(secret, update))).isEqualTo(204);
            await().atMost(Duration.ofSeconds(10)).until(() -> entryIds(kafka, "studio").contains("pushed-post"));
            assertThat(feedGets.get("/studio.xml").get()).as("no poll of the feed").isEqualTo(getsBefore);

            byte[] forged = atom(topic, "forged-post", "Not from the hub").getBytes(StandardCharsets.UTF_8);
            assertThat(hub.push(topic, forged, null)).isEqualTo(202);
            assertThat(hub.push(topic, forged, TestHub.sign("a guess", forged))).isEqualTo(202);
            assertThat(refused(meters, "unsigned")).isEqualTo(1);
            assertThat(refused(meters, "bad-signature")).isEqualTo(1);
            assertThat(meters.get("mentorfeed.ingest.websub.pushes.accepted").counter().count()).isEqualTo(1);
            assertThat(entryIds(kafka, "studio")).containsExactly("first-of-studio.xml", "pushed-post");
            FeedState afterPush = valuesFor(kafka.readAll(Topics.FEED_STATE), "studio").getLast();
            assertThat(afterPush.nextPollAt()).as("a subscribed feed is polled as a safety net only")
                    .isAfter(afterPush.lastFetchAt().plus(Duration.ofHours(5)));

            byte[] broken = "<feed><entry>half a".getBytes(StandardCharsets.UTF_8);
            assertThat(hub.push(topic, broken, TestHub.sign(secret, broken))).isEqualTo(204);
            await().atMost(Duration.ofSeconds(10)).until(() -> kafka.readAll(Topics.DEAD_LETTERS).stream()
                    .anyMatch(r -> topic.equals(DeadLetters.header(r.headers(), DeadLetters.ORIGIN))));

            kafka.sendRaw(Topics.MENTORS.name(), "studio".getBytes(StandardCharsets.UTF_8), null);
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.requests(topic).stream()
                    .anyMatch(r -> r.mode().equals("unsubscribe") && r.verified()));
        }
    }

    @Test
    void aShortLeaseIsRenewedBeforeItEnds(KafkaCluster kafka) throws Exception {
        String topic = feedUrl("/brief.xml");
        hub.grant(topic, 2);
        kafka.send(Topics.MENTORS, Map.of("brief", new Mentor("brief", "Brief", topic, SourceKind.BLOG)));
        var meters = new SimpleMeterRegistry();

        try (var service = new IngestService(config("websub-it-lease"), kafka.clientProperties(), meters)) {
            service.start();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(hub.requests(topic))
                    .filteredOn(TestHub.Request::verified).hasSizeGreaterThanOrEqualTo(2));

            List<TestHub.Request> verified = hub.requests(topic);
            assertThat(verified).allMatch(r -> r.mode().equals("subscribe"));
            assertThat(verified.get(1).secret()).as("a renewal keeps the secret").isEqualTo(verified.get(0).secret());
            assertThat(meters.get("mentorfeed.ingest.websub.renewals").counter().count()).isGreaterThanOrEqualTo(1);
            assertThat(meters.get("mentorfeed.ingest.websub.subscriptions.active").gauge().value()).isPositive();

            // The hub goes down: the lease ends unrenewed, and the feed is polled at once, back on its own rhythm.
            int getsBefore = feedGets.get("/brief.xml").get();
            hub.refuse(topic);
            await().atMost(Duration.ofSeconds(10)).until(() -> feedGets.get("/brief.xml").get() > getsBefore);
        }
    }

    /**
     * Polls rarely (a feed's rhythm stays above 5 minutes), so any request the feed server sees after the first poll
     * would be a poll the test did not expect.
     */
    private static IngestConfig config(String groupId) throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var webSub = WebSubConfig.defaults().withCallback("http://127.0.0.1:" + port + "/websub", "127.0.0.1", port)
                .withAllowInsecureHubs(true);
        return IngestConfig.builder().groupId(groupId).pollInterval(Duration.ofMinutes(10))
                .maxPollInterval(Duration.ofHours(1)).initialPollSpread(Duration.ofMillis(100))
                .connectTimeout(Duration.ofSeconds(1)).requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(1024 * 1024)
                .maxConcurrentFetches(4).userAgent("mentorfeed-it/1").withoutComments().fullText(FullTextConfig.off())
                .allowPrivateAddresses(true).websub(webSub).build();
    }

    private static String atom(String self, String entryId, String title) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Pushed feed</title><id>urn:test:%s</id><updated>%s</updated>
                  <link rel="hub" href="%s"/><link rel="self" href="%s"/>
                  <entry><id>%s</id><title>%s</title><updated>%s</updated>
                    <link rel="alternate" href="%s/%s"/></entry>
                </feed>
                """.formatted(self, Instant.now(), hub.url(), self, entryId, title, Instant.now(), self, entryId);
    }

    private static String feedUrl(String path) {
        return "http://127.0.0.1:" + feeds.getAddress().getPort() + path;
    }

    private static List<String> entryIds(KafkaCluster kafka, String mentorId) {
        return kafka.readAll(Topics.ENTRIES).stream().filter(r -> mentorId.equals(r.key()))
                .map(ConsumerRecord::value).map(IngestedEntry::entry).map(e -> e.id()).toList();
    }

    private static <V> List<V> valuesFor(List<ConsumerRecord<String, V>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private static double refused(SimpleMeterRegistry meters, String reason) {
        return meters.get("mentorfeed.ingest.websub.pushes.refused").tag("reason", reason).counter().count();
    }
}
