package io.mentorfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole first path on a real cluster: a local server serves two feeds; ingest, processor and API run against
 * the cluster; the digest shows every post exactly once, and still does after all three services restart.
 */
@WithKafka
class EndToEndIT {
    private static final Instant PUBLISHED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final List<String> EXPECTED_POSTS = List.of(
            Ids.postId("mentor-one", "one-day-one"),
            Ids.postId("mentor-one", "one-pricing"),
            Ids.postId("mentor-two", "tag:two.example,2026:leading-quietly"));

    private static HttpServer feeds;
    private static final AtomicInteger feedRequests = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveFeeds() throws IOException {
        feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/one.xml", "/e2e/mentor-one-rss.xml", "application/rss+xml; charset=utf-8");
        serve("/two.xml", "/e2e/mentor-two-atom.xml", "application/atom+xml; charset=utf-8");
        feeds.start();
    }

    @AfterAll
    static void stopFeeds() {
        feeds.stop(0);
    }

    @Test
    void everyPostReachesTheDigestExactlyOnceAlsoAfterARestart(KafkaCluster kafka, @TempDir Path state) throws Exception {
        MentorfeedOptions options = options(kafka, state);

        try (var app = MentorfeedApp.start(options, EnumSet.allOf(ServiceName.class))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(digestPostIds(app)).containsExactlyInAnyOrderElementsOf(EXPECTED_POSTS));
            JsonNode digest = digest(app);
            assertThat(digest.at("/respondNow/0/title").asText()).isEqualTo("What would you ask a founder on day one?");
            assertThat(digest.at("/respondNow/0/reasons/0").asText()).isNotBlank();
        }
        int requestsBeforeRestart = feedRequests.get();

        try (var app = MentorfeedApp.start(options, EnumSet.allOf(ServiceName.class))) {
            // The restarted ingest fetches both feeds again; wait until the processor has read all it published.
            await().atMost(Duration.ofSeconds(60)).until(() -> feedRequests.get() >= requestsBeforeRestart + 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> processorLag(kafka) == 0);
            await().atMost(Duration.ofSeconds(30)).until(app::isReady);

            assertThat(digestPostIds(app)).containsExactlyInAnyOrderElementsOf(EXPECTED_POSTS);
        }

        List<String> postIds = kafka.readAll(Topics.POSTS).stream().map(r -> r.value().id()).toList();
        assertThat(postIds).containsExactlyInAnyOrderElementsOf(EXPECTED_POSTS);
        assertThat(kafka.readAll(Topics.POSTS)).allSatisfy(r -> assertThat(r.value().revision()).isEqualTo(1));
        assertThat(kafka.readAll(Topics.RECOMMENDATIONS).stream().map(r -> r.key()).toList())
                .containsExactlyInAnyOrderElementsOf(EXPECTED_POSTS.stream().map(id -> "reader/" + id).toList());
    }

    private static MentorfeedOptions options(KafkaCluster kafka, Path state) {
        MentorfeedOptions loaded = new OptionsLoader().load(MentorfeedOptions.defaults(), (Path) null, Map.of(
                "MENTORFEED_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MENTORFEED_API_PORT", "0",
                "MENTORFEED_INGEST_POLL_INTERVAL", "1s",
                "MENTORFEED_INGEST_ALLOW_PRIVATE_ADDRESSES", "true",
                // A restarted ingest carries on from the feeds' stored next-poll times: keep them short here.
                "MENTORFEED_INGEST_MAX_POLL_INTERVAL", "2s",
                "MENTORFEED_PROCESSOR_STATE_DIR", state.toString()));
        String base = "http://127.0.0.1:" + feeds.getAddress().getPort();
        var mentors = List.of(
                new Mentor("mentor-one", "Mentor One", base + "/one.xml", SourceKind.BLOG),
                new Mentor("mentor-two", "Mentor Two", base + "/two.xml", SourceKind.BLOG));
        var reader = new Profile("reader", "Reader", null, ZoneId.of("UTC"), 7, List.of("pricing"),
                List.of("mentor-one", "mentor-two"));
        // The API needs a token; letting the reader's reads through from loopback keeps the digest call plain.
        return new MentorfeedOptions(loaded.kafka(), loaded.ingest(), loaded.processor(),
                loaded.api().withAnonymousReadProfiles(List.of("reader")), loaded.ops(), loaded.demo(), mentors,
                List.of(reader));
    }

    private JsonNode digest(MentorfeedApp app) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(app.apiUrl().orElseThrow() + "/profiles/reader/digest")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    /** Every post id in the digest, once per appearance: a post shown twice would be counted twice. */
    private List<String> digestPostIds(MentorfeedApp app) throws IOException, InterruptedException {
        JsonNode digest = digest(app);
        List<String> ids = new ArrayList<>();
        for (String section : List.of("respondNow", "respondLater", "worthReading", "events", "personalNews")) {
            digest.path(section).forEach(item -> ids.add(item.path("postId").asText()));
        }
        return ids;
    }

    private static long processorLag(KafkaCluster kafka) throws Exception {
        try (Admin admin = kafka.admin()) {
            var committed = admin.listConsumerGroupOffsets("mentorfeed-processor").partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(Topics.ENTRIES.name())).allTopicNames().get()
                    .get(Topics.ENTRIES.name()).partitions().stream()
                    .map(p -> new TopicPartition(Topics.ENTRIES.name(), p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(
                    p -> p, p -> OffsetSpec.latest()))).all().get();
            long lag = 0;
            for (TopicPartition partition : partitions) {
                var offset = committed.get(partition);
                lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        }
    }

    private static void serve(String path, String fixture, String contentType) {
        feeds.createContext(path, exchange -> {
            feedRequests.incrementAndGet();
            byte[] body = fixture(fixture).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String fixture(String name) {
        try (var in = EndToEndIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("PUBDATE_RECENT", DateTimeFormatter.RFC_1123_DATE_TIME.format(PUBLISHED.atOffset(ZoneOffset.UTC)))
                    .replace("UPDATED_RECENT", PUBLISHED.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
