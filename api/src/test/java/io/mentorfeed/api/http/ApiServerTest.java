package io.mentorfeed.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Topic;
import java.util.Map;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {
    private static final String ADMIN = "admin-token";
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final MaterializedView view = new MaterializedView();
    private static final AtomicBoolean ready = new AtomicBoolean();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static ApiServer server;

    @BeforeAll
    static void startServer() {
        view.putProfile("ada", new Profile("ada", "Ada", null, ZoneId.of("Europe/Paris"), 7, List.of(), List.of("kim")));
        view.putMentor("kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed", SourceKind.BLOG));
        Instant opens = NOW.minus(Duration.ofHours(2));
        view.putRecommendation("ada/kim-1", new Recommendation("ada", "kim-1", "kim", "Kim", "Ask me anything",
                "https://kim.example.org/ama", opens, Action.RESPOND_NOW,
                new ResponseWindow(opens, opens.plus(Duration.ofHours(6)), opens.plus(Duration.ofDays(4))), null, 0.87,
                List.of("Kim asks readers for questions"), List.of("career"), List.of(), opens, false));
        ApiConfig config = ApiConfig.defaults().withPort(0).withTokens(List.of(Ids.sha256Hex(ADMIN)), Map.of(),
                Map.of());
        ReadModelView exploding = new ExplodingView(view);
        server = new ApiServer(config, ApiServices.over(exploding, new NoWrites(), new FeedDiscovery(false), 3, 10),
                ready::get, Clock.fixed(NOW, ZoneOffset.UTC));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void makeReady() {
        ready.set(true);
    }

    @Test
    void liveAnswersEvenBeforeTheReadModelIsReady() throws Exception {
        ready.set(false);
        assertThat(get("/api/v1/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void readyIs503ProblemUntilTheReadModelCaughtUp() throws Exception {
        ready.set(false);
        HttpResponse<String> notReady = get("/api/v1/health/ready");
        assertProblem(notReady, 503, "/api/v1/health/ready");
        assertThat(get("/api/v1/profiles/ada/digest").statusCode()).isEqualTo(503);

        ready.set(true);
        HttpResponse<String> isReady = get("/api/v1/health/ready");
        assertThat(isReady.statusCode()).isEqualTo(200);
        assertThat(json(isReady).get("status").asText()).isEqualTo("ready");
    }

    @Test
    void digestIsJsonWithIsoDatesAndWireNames() throws Exception {
        HttpResponse<String> response = get("/api/v1/profiles/ada/digest?date=2025-03-12");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode digest = json(response);
        assertThat(digest.get("profileId").asText()).isEqualTo("ada");
        assertThat(digest.get("date").asText()).isEqualTo("2025-03-12");
        assertThat(digest.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(digest.get("generatedAt").asText()).isEqualTo("2025-03-12T09:00:00Z");
        for (String section : List.of("respondNow", "respondLater", "worthReading", "events", "personalNews")) {
            assertThat(digest.get(section).isArray()).as(section).isTrue();
        }
        JsonNode item = digest.get("respondNow").get(0);
        assertThat(item.get("postId").asText()).isEqualTo("kim-1");
        assertThat(item.get("mentor").get("id").asText()).isEqualTo("kim");
        assertThat(item.get("mentor").get("name").asText()).isEqualTo("Kim Lee");
        assertThat(item.get("title").asText()).isEqualTo("Ask me anything");
        assertThat(item.get("action").asText()).isEqualTo("respond-now");
        assertThat(item.get("window").get("opensAt").asText()).isEqualTo("2025-03-12T07:00:00Z");
        assertThat(item.get("window").get("closesAt").asText()).isEqualTo("2025-03-16T07:00:00Z");
        assertThat(item.get("score").asDouble()).isEqualTo(0.87);
        assertThat(item.get("reasons").get(0).asText()).isEqualTo("Kim asks readers for questions");
    }

    @Test
    void digestWithoutDateIsForTodayInTheProfilesZone() throws Exception {
        JsonNode digest = json(get("/api/v1/profiles/ada/digest"));
        assertThat(digest.get("date").asText()).isEqualTo("2025-03-12");
    }

    @Test
    void unknownProfileIs404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/profiles/nobody/digest");
        JsonNode problem = assertProblem(response, 404, "/api/v1/profiles/nobody/digest");
        assertThat(problem.get("detail").asText()).isEqualTo("No profile 'nobody'");
    }

    @Test
    void malformedDateOrProfileIdIs400NamingTheParameter() throws Exception {
        JsonNode badDate = assertProblem(get("/api/v1/profiles/ada/digest?date=12-03-2025"), 400,
                "/api/v1/profiles/ada/digest");
        assertThat(badDate.get("detail").asText()).contains("'date'");

        JsonNode badId = assertProblem(get("/api/v1/profiles/Not_An_Id/digest"), 400,
                "/api/v1/profiles/Not_An_Id/digest");
        assertThat(badId.get("detail").asText()).contains("'id'");
    }

    @Test
    void unknownRouteIs404Problem() throws Exception {
        JsonNode problem = assertProblem(get("/api/v1/nothing-here"), 404, "/api/v1/nothing-here");
        assertThat(problem.get("detail").asText()).contains("/api/v1/nothing-here");
    }

    @Test
    void wrongMethodIs405Problem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/health/live"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 405, "/api/v1/health/live");
    }

    @Test
    void unexpectedFailureIs500ProblemThatLeaksNothing() throws Exception {
        HttpResponse<String> response = get("/api/v1/profiles/explode/digest");

        JsonNode problem = assertProblem(response, 500, "/api/v1/profiles/explode/digest");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(problem.get("detail").asText()).contains(requestId);
        assertThat(response.body()).doesNotContain(ExplodingView.SECRET).doesNotContain("Exception");
    }

    @Test
    void readsCarryAnEtagAndIfNoneMatchAnswers304() throws Exception {
        HttpResponse<String> first = get("/api/v1/profiles/ada/digest?date=2025-03-12");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/api/v1/profiles/ada/digest?date=2025-03-12"))
                .header("Authorization", "Bearer " + ADMIN).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void largeAnswersAreGzippedWhenTheClientAsks() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/api/v1/openapi.json"))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            assertThat(Json.mapper().readTree(in).get("openapi").asText()).isEqualTo("3.1.0");
        }
    }

    @Test
    void noTokenIs401WithAChallengeAndAWrongTokenToo() throws Exception {
        for (String authorization : new String[] {null, "Bearer wrong", "Basic abc"}) {
            var request = HttpRequest.newBuilder(uri("/api/v1/profiles/ada/digest"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(response, 401, "/api/v1/profiles/ada/digest");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"mentorfeed\"");
        }
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/health/live"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String instance)
            throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(instance);
        return problem;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    /** The test view, except that asking for profile "explode" fails like a bug would. */
    private record ExplodingView(ReadModelView delegate) implements ReadModelView {
        static final String SECRET = "internal detail that must not leak";

        @Override
        public Optional<Profile> profile(String profileId) {
            if (profileId.equals("explode")) {
                throw new IllegalStateException(SECRET);
            }
            return delegate.profile(profileId);
        }

        @Override
        public Optional<Mentor> mentor(String mentorId) {
            return delegate.mentor(mentorId);
        }

        @Override
        public Optional<io.mentorfeed.api.view.PostCard> post(String postId) {
            return delegate.post(postId);
        }

        @Override
        public Collection<Recommendation> recommendationsFor(String profileId) {
            return delegate.recommendationsFor(profileId);
        }

        @Override
        public Collection<Mentor> mentors() {
            return delegate.mentors();
        }

        @Override
        public Collection<FeedState> feedStates() {
            return delegate.feedStates();
        }

        @Override
        public Optional<Engagement> engagement(String engagementId) {
            return delegate.engagement(engagementId);
        }

        @Override
        public List<Engagement> engagementsFor(String profileId) {
            return delegate.engagementsFor(profileId);
        }
    }

    /** This test only reads; a write would be a bug in it. */
    private static final class NoWrites implements Writer {
        @Override
        public <V> void write(Topic<String, V> topic, String key, V value) {
            throw new AssertionError("unexpected write to " + topic.name());
        }
    }
}
