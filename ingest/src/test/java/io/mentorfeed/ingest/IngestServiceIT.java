package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.FeedState;
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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithKafka
class IngestServiceIT {
    private static final String ETAG = "\"workbench-v1\"";

    private static HttpServer server;
    private static final AtomicInteger conditionalHits = new AtomicInteger();

    @BeforeAll
    static void setUp(KafkaCluster kafka) throws IOException {
        kafka.createTopics(Topics.ALL);
        byte[] feed = fixture("rss2-blog-with-comments.xml");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/workbench.xml", exchange -> {
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditionalHits.incrementAndGet();
                respond(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", ETAG);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            respond(exchange, 200, feed);
        });
        // No validators: every poll is a full 200, and an unchanged body must not be published again.
        server.createContext("/podcast.xml", exchange -> respond(exchange, 200, fixtureUnchecked("podcast-itunes.xml")));
        server.createContext("/broken.xml", exchange -> respond(exchange, 200, fixtureUnchecked("broken.xml")));
        server.start();
    }

    @AfterAll
    static void tearDown() {
        server.stop(0);
    }

    @Test
    void pollsAFeedIntoEntriesFetchLogAndFeedState(KafkaCluster kafka) {
        String feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/workbench.xml";
        String podcastUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/podcast.xml";
        kafka.send(Topics.MENTORS, Map.of("ada", new Mentor("ada", "Ada Marsh", feedUrl, SourceKind.BLOG),
                "sam", new Mentor("sam", "Sam Okafor", podcastUrl, SourceKind.PODCAST)));

        try (var service = new IngestService(fastConfig("ingest-it-feed"), kafka.clientProperties())) {
            service.start();
            await().atMost(Duration.ofSeconds(20)).until(service::isReady);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<IngestedEntry> entries = valuesFor(kafka.readAll(Topics.ENTRIES), "ada");
                assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
                assertThat(entries.subList(0, 3)).extracting(e -> e.entry().title()).containsExactly(
                        "What would you ask a first customer? & why it matters", "Pricing is a conversation",
                        "Untitled thought");
                assertThat(entries.getFirst().entry().link())
                        .isEqualTo("http://127.0.0.1:" + server.getAddress().getPort() + "/2026/03/first-customer");
                assertThat(entries.getFirst().feedUrl()).isEqualTo(feedUrl);
                assertThat(entries.getFirst().feed().title()).isEqualTo("Notes from the Workbench");
            });
            // The next polls are conditional and answered 304.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<FetchOutcome> outcomes = valuesFor(kafka.readAll(Topics.FETCH_LOG), "ada");
                assertThat(outcomes).allMatch(FetchOutcome::ok);
                assertThat(outcomes.getFirst().status()).isEqualTo(200);
                assertThat(outcomes.getFirst().entries()).isEqualTo(3);
                assertThat(outcomes.getFirst().newEntries()).isEqualTo(3);
                assertThat(outcomes).anyMatch(o -> o.status() == 304);
            });
            assertThat(conditionalHits.get()).isPositive();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<FetchOutcome> outcomes = valuesFor(kafka.readAll(Topics.FETCH_LOG), "sam");
                assertThat(outcomes.getFirst().entries()).isEqualTo(1);
                assertThat(outcomes).anyMatch(o -> o.ok() && o.status() == 200 && o.entries() == 0);
            });
            assertThat(valuesFor(kafka.readAll(Topics.ENTRIES), "sam")).first()
                    .satisfies(e -> assertThat(e.entry().media().episode()).isEqualTo(42));
            FeedState state = valuesFor(kafka.readAll(Topics.FEED_STATE), "ada").getLast();
            assertThat(state.etag()).isEqualTo(ETAG);
            assertThat(state.healthy()).isTrue();
            assertThat(state.consecutiveErrors()).isZero();
            assertThat(state.nextPollAt()).isAfter(state.lastFetchAt());
            assertThat(state.recentEntryIds()).hasSize(3).contains("workbench-2026-03-first-customer");
            service.stop();
            assertThat(service.isReady()).isFalse();
        }
    }

    @Test
    void unreachableAndBrokenFeedsGiveErrorOutcomesAndTheServiceKeepsRunning(KafkaCluster kafka) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String brokenUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/broken.xml";
        kafka.send(Topics.MENTORS, Map.of(
                "gone", new Mentor("gone", "Gone", "http://127.0.0.1:" + closedPort + "/feed", SourceKind.BLOG),
                "broken", new Mentor("broken", "Broken", brokenUrl, SourceKind.BLOG)));

        try (var service = new IngestService(fastConfig("ingest-it-errors"), kafka.clientProperties())) {
            service.start();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var log = kafka.readAll(Topics.FETCH_LOG);
                assertThat(valuesFor(log, "gone")).hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(o -> assertThat(o.errorClass()).isEqualTo("connect"));
                assertThat(valuesFor(log, "broken")).isNotEmpty()
                        .allSatisfy(o -> assertThat(o.errorClass()).isEqualTo("parse"));
            });
            assertThat(service.isReady()).isTrue();
            FeedState gone = valuesFor(kafka.readAll(Topics.FEED_STATE), "gone").getLast();
            assertThat(gone.consecutiveErrors()).isGreaterThanOrEqualTo(2);
            assertThat(gone.lastError()).startsWith("connect: ");
            var deadLetter = readWithHeaders(kafka, Topics.DEAD_LETTERS.name()).stream()
                    .filter(r -> brokenUrl.equals(DeadLetters.header(r.headers(), DeadLetters.ORIGIN)))
                    .findFirst().orElseThrow();
            assertThat(DeadLetters.header(deadLetter.headers(), DeadLetters.ERROR_CLASS)).isEqualTo("parse");
            assertThat(DeadLetters.header(deadLetter.headers(), DeadLetters.SOURCE)).isEqualTo("ingest");
            assertThat(new String(deadLetter.value())).contains("Half a feed");
            service.stop();
            service.stop(); // idempotent
        }
    }

    @Test
    void aRecentPostsCommentsFeedIsCountedOntoTheCommentsTopic(KafkaCluster kafka) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String published = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusHours(1));
        byte[] feed = ("<rss version=\"2.0\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"><channel>"
                + "<title>Recent</title><item><title>Fresh</title><guid>fresh-1</guid><author>Ada Marsh</author>"
                + "<pubDate>" + published + "</pubDate><wfw:commentRss>" + base + "/fresh-comments.xml"
                + "</wfw:commentRss></item></channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext("/fresh.xml", exchange -> respond(exchange, 200, feed));
        server.createContext("/fresh-comments.xml",
                exchange -> respond(exchange, 200, fixtureUnchecked("../comments/author-replies.xml")));
        kafka.send(Topics.MENTORS, Map.of("fresh", new Mentor("fresh", "Ada's Workbench", base + "/fresh.xml",
                SourceKind.BLOG)));

        var config = fastConfig("ingest-it-comments").toBuilder().commentsEntries(5).commentsMaxAge(Duration.ofDays(7))
                .commentsPollInterval(Duration.ofHours(1)).build();
        try (var service = new IngestService(config, kafka.clientProperties())) {
            service.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(valuesFor(kafka.readAll(Topics.COMMENTS), "fresh")).singleElement().satisfies(t -> {
                        assertThat(t.entryId()).isEqualTo("fresh-1");
                        assertThat(t.postId()).isEqualTo(io.mentorfeed.model.Ids.postId("fresh", "fresh-1"));
                        assertThat(t.comments()).isEqualTo(6);
                        assertThat(t.mentorReplies()).isEqualTo(2);
                        assertThat(t.commenters()).isEqualTo(3);
                    }));
            assertThat(valuesFor(kafka.readAll(Topics.ENTRIES), "fresh")).hasSize(1);
        }
    }

    @Test
    void aRefetchCommandPollsAFollowedFeedAgainWithoutValidators(KafkaCluster kafka) {
        List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
        byte[] feed = fixtureUnchecked("rss2-blog-with-comments.xml");
        server.createContext("/rex.xml", exchange -> {
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(sent == null ? "none" : sent);
            if (ETAG.equals(sent)) {
                respond(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", ETAG);
            respond(exchange, 200, feed);
        });
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rex.xml";
        kafka.send(Topics.MENTORS, Map.of("rex", new Mentor("rex", "Rex Ward", url, SourceKind.BLOG)));
        var registry = new SimpleMeterRegistry();
        // Polled once, then not for five minutes (the floor): any second request is the refetch.
        var config = IngestConfig.builder().groupId("ingest-it-refetch").pollInterval(Duration.ofHours(1))
                .maxPollInterval(Duration.ofHours(6)).initialPollSpread(Duration.ofMillis(200))
                .connectTimeout(Duration.ofSeconds(1)).requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(1024 * 1024)
                .maxConcurrentFetches(4).userAgent("mentorfeed-it/1").withoutComments().fullText(FullTextConfig.off())
                .allowPrivateAddresses(true).build();

        try (var service = new IngestService(config, kafka.clientProperties(), registry)) {
            assertThat(service.isLive()).as("not started: nothing died").isTrue();
            service.start();
            await().atMost(Duration.ofSeconds(30)).until(service::isListeningForCommands);
            await().atMost(Duration.ofSeconds(30)).until(() -> valuesFor(kafka.readAll(Topics.FETCH_LOG), "rex")
                    .size() == 1);
            assertThat(ifNoneMatch).containsExactly("none");
            double fetchedBefore = polls(registry, "fetched"); // the feeds of the tests before this one count too

            kafka.sendRaw(Topics.CONTROL.name(), "rex".getBytes(StandardCharsets.UTF_8),
                    "not a command".getBytes(StandardCharsets.UTF_8));
            kafka.send(Topics.CONTROL, Map.of("elsewhere", ControlCommand.refetch("elsewhere", Instant.now(), "it")));
            kafka.send(Topics.CONTROL, Map.of("rex", ControlCommand.refetch("rex", Instant.now(), "it")));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(valuesFor(kafka.readAll(Topics.FETCH_LOG), "rex")).hasSize(2));
            // The feed had an ETag, yet the refetch sent none: a full read, whatever the server would say.
            assertThat(ifNoneMatch).containsExactly("none", "none");
            FetchOutcome refetch = valuesFor(kafka.readAll(Topics.FETCH_LOG), "rex").getLast();
            assertThat(refetch.status()).isEqualTo(200);
            assertThat(refetch.entries()).as("the unchanged body was parsed again").isEqualTo(3);
            assertThat(refetch.newEntries()).isZero();
            assertThat(valuesFor(kafka.readAll(Topics.ENTRIES), "rex")).as("entries seen are not sent again")
                    .hasSize(3);
            // Awaited: the poll's thread counts it only after Kafka took its records, which a reader may see first.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(registry.get("mentorfeed.ingest.refetches").counter().count()).isEqualTo(1);
                assertThat(polls(registry, "fetched")).isGreaterThanOrEqualTo(fetchedBefore + 1);
            });
            assertThat(registry.get("mentorfeed.ingest.entries.new").counter().count()).isGreaterThanOrEqualTo(3);
            assertThat(registry.get("mentorfeed.ingest.bytes").counter().count()).isGreaterThanOrEqualTo(2.0 * feed.length);
            assertThat(registry.get("mentorfeed.ingest.host.wait").tag("host", "127.0.0.1").timer().count())
                    .isGreaterThanOrEqualTo(2);
            assertThat(registry.get("mentorfeed.ingest.feeds.tracked").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(service.isLive()).as("an unreadable command is skipped, not fatal").isTrue();
            service.stop();
            assertThat(service.isLive()).as("stopped cleanly").isTrue();
        }
    }

    private static double polls(SimpleMeterRegistry registry, String outcome) {
        return registry.get("mentorfeed.ingest.polls").tag("outcome", outcome).counter().count();
    }

    /** KafkaCluster.readAll rebuilds records without their headers; dead letters need them. */
    private static List<ConsumerRecord<byte[], byte[]>> readWithHeaders(KafkaCluster kafka, String topic) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return records;
        }
    }

    private static IngestConfig fastConfig(String groupId) {
        return IngestConfig.builder().groupId(groupId).pollInterval(Duration.ofMillis(300))
                .minPollInterval(Duration.ofMillis(300)).maxPollInterval(Duration.ofSeconds(1))
                .initialPollSpread(Duration.ofMillis(200)).connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(1024 * 1024).maxConcurrentFetches(4)
                .userAgent("mentorfeed-it/1").withoutComments().fullText(FullTextConfig.off())
                .allowPrivateAddresses(true).build();
    }

    private static <V> List<V> valuesFor(List<ConsumerRecord<String, V>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = IngestServiceIT.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] fixtureUnchecked(String name) {
        try {
            return fixture(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
