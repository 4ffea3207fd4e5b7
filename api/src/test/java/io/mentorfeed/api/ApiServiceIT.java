package io.mentorfeed.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithKafka
class ApiServiceIT {
    /** Recent enough to be open today, early enough to be inside today's window whatever the time of day. */
    private static final Instant OPENS = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
    private static final LocalDate DAY = LocalDate.ofInstant(OPENS, ZoneOffset.UTC);
    private static final String ADMIN = "admin-secret";
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static KafkaCluster kafka;
    private static ApiService service;

    @BeforeAll
    static void startService(KafkaCluster cluster) {
        kafka = cluster;
        kafka.createTopics(Topics.ALL);
        kafka.send(Topics.PROFILES, Map.of("ada", new Profile("ada", "Ada", "ada@example.org", ZoneId.of("UTC"), 7,
                List.of("career"), List.of("kim", "bo"))));
        kafka.send(Topics.MENTORS, Map.of(
                "kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed.xml", SourceKind.BLOG),
                "bo", new Mentor("bo", "Bo Chen", "https://bo.example.org/feed.xml", SourceKind.VIDEO)));
        kafka.sendRaw(Topics.POSTS.name(), "broken".getBytes(StandardCharsets.UTF_8),
                "{\"id\": not json".getBytes(StandardCharsets.UTF_8));
        kafka.send(Topics.POSTS, Map.of(postId("kim", "ama"), post("kim", "ama", "Ask me anything")));
        kafka.send(Topics.RECOMMENDATIONS, Map.of(
                "ada/" + postId("kim", "ama"), rec(postId("kim", "ama"), "kim", Action.RESPOND_NOW, 0.9),
                "ada/" + postId("bo", "talk"), rec(postId("bo", "talk"), "bo", Action.READ, 0.4, Signal.Kind.EVENT),
                "ada/" + postId("bo", "gone"), rec(postId("bo", "gone"), "bo", Action.READ, 0.3)));
        Map<String, Recommendation> tombstone = new HashMap<>();
        tombstone.put("ada/" + postId("bo", "gone"), null);
        kafka.send(Topics.RECOMMENDATIONS, tombstone);
        sendAndAbort(rec(postId("kim", "aborted"), "kim", Action.RESPOND_NOW, 0.99));

        service = new ApiService(config(), kafka.clientProperties(), registry);
        service.start();
        await().atMost(Duration.ofSeconds(30)).until(service::isReady);
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void servesTheDigestFromKafkaSkippingBadBytesTombstonesAndAbortedWrites() throws Exception {
        HttpResponse<String> response = get("/api/v1/profiles/ada/digest?date=" + DAY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode digest = Json.mapper().readTree(response.body());
        JsonNode now = digest.get("respondNow");
        assertThat(postIds(now)).containsExactly(postId("kim", "ama"));
        assertThat(now.get(0).get("title").asText()).isEqualTo("Ask me anything");
        assertThat(now.get(0).get("mentor").get("name").asText()).isEqualTo("Kim Lee");
        assertThat(postIds(digest.get("events"))).containsExactly(postId("bo", "talk"));
        assertThat(postIds(digest.get("worthReading"))).isEmpty();
        assertThat(get("/api/v1/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsFollowingTheTopicsOnceReady() throws Exception {
        String postId = postId("bo", "fresh");
        kafka.send(Topics.RECOMMENDATIONS, Map.of("ada/" + postId, rec(postId, "bo", Action.RESPOND_LATER, 0.5)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode digest = Json.mapper().readTree(get("/api/v1/profiles/ada/digest?date=" + DAY).body());
            assertThat(postIds(digest.get("respondLater"))).containsExactly(postId);
        });
    }

    @Test
    void unknownProfileIs404() throws Exception {
        HttpResponse<String> response = get("/api/v1/profiles/nobody/digest");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No profile 'nobody'");
    }

    @Test
    void aRebuildCommandOnTheControlTopicRebuildsTheViewWhileTheApiKeepsAnswering() throws Exception {
        double before = rebuilds();
        kafka.send(Topics.CONTROL, Map.of(ControlCommand.ALL, ControlCommand.rebuildReadModel(Instant.now(), "it")));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            assertThat(get("/api/v1/profiles/ada/digest?date=" + DAY).statusCode()).isEqualTo(200);
            return rebuilds() == before + 1;
        });
        JsonNode digest = Json.mapper().readTree(get("/api/v1/profiles/ada/digest?date=" + DAY).body());
        assertThat(postIds(digest.get("respondNow"))).containsExactly(postId("kim", "ama"));
        assertThat(service.isReady()).isTrue();
    }

    /**
     * The rebuild after them shows they were read (one partition, in order) and did not stop the read model; that
     * other kinds start no rebuild is RebuildRequestsTest's (a lag of 0 here would not show they were read at all).
     */
    @Test
    void commandsForOtherServicesAndUnreadableRecordsAreSkippedAndTheNextCommandIsStillActedOn() {
        double before = rebuilds();
        kafka.send(Topics.CONTROL, Map.of("kim", ControlCommand.refetch("kim", Instant.now(), "it")));
        kafka.sendRaw(Topics.CONTROL.name(), "*".getBytes(StandardCharsets.UTF_8),
                "not a command".getBytes(StandardCharsets.UTF_8));
        kafka.send(Topics.CONTROL, Map.of(ControlCommand.ALL, ControlCommand.rebuildReadModel(Instant.now(), "it")));

        await().atMost(Duration.ofSeconds(30)).until(() -> rebuilds() == before + 1);
        assertThat(service.isLive()).isTrue();
        assertThat(service.isReady()).isTrue();
    }

    @Test
    void theReadModelLagFallsToZeroOnceCaughtUp() {
        String postId = postId("kim", "lag");
        kafka.send(Topics.POSTS, Map.of(postId, post("kim", "lag", "A post to read")));

        await().atMost(Duration.ofSeconds(10)).until(() -> readModelLag() == 0 && get("/api/v1/posts/" + postId)
                .statusCode() == 200);
    }

    @Test
    void liveWhileTheReadModelRunsAndNotOnceItStopped() {
        assertThat(service.isLive()).isTrue();
        ApiService other = new ApiService(config(), kafka.clientProperties(), new SimpleMeterRegistry());
        assertThat(other.isLive()).isFalse();
        other.start();
        assertThat(other.isLive()).isTrue();
        other.stop();
        assertThat(other.isLive()).isFalse();
    }

    private static double rebuilds() {
        return registry.get("mentorfeed.api.read.model.rebuilds").counter().count();
    }

    private static double readModelLag() {
        return registry.get("mentorfeed.api.read.model.lag").gauge().value();
    }

    private static ApiConfig config() {
        return ApiConfig.defaults().withPort(0).withTokens(List.of(Ids.sha256Hex(ADMIN)), Map.of(), Map.of());
    }

    private static void sendAndAbort(Recommendation recommendation) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "api-it-aborted");
        try (var producer = new KafkaProducer<>(props, Topics.RECOMMENDATIONS.keySerde().serializer(),
                Topics.RECOMMENDATIONS.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.RECOMMENDATIONS.name(), recommendation.key(), recommendation));
            producer.flush();
            producer.abortTransaction();
        }
    }

    private static String postId(String mentorId, String entryId) {
        return Ids.postId(mentorId, entryId);
    }

    private static Post post(String mentorId, String entryId, String title) {
        return new Post(postId(mentorId, entryId), mentorId, entryId, title, "https://" + mentorId + ".example.org/"
                + entryId, null, OPENS, null, "summary", "text", "en", 4, List.of(), List.of("career"), List.of(),
                null, null, 2, List.of(), OPENS, 1, "hash-" + entryId);
    }

    private static Recommendation rec(String postId, String mentorId, Action action, double score,
                                      Signal.Kind... signals) {
        ResponseWindow window = new ResponseWindow(OPENS, OPENS.plus(Duration.ofHours(6)), OPENS.plus(Duration.ofDays(3)));
        Instant eligibleAt = action == Action.RESPOND_LATER ? OPENS.plus(Duration.ofHours(12)) : null;
        return new Recommendation("ada", postId, mentorId, mentorId, "Post " + postId, null, OPENS, action, window,
                eligibleAt, score, List.of("because"), List.of("career"),
                java.util.Arrays.stream(signals).map(kind -> new Signal(kind, "seen")).toList(), OPENS, false);
    }

    private static List<String> postIds(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("postId").asText()).toList();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Authorization", "Bearer " + ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
