package io.mentorfeed.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator's routes: commands written to mentorfeed.control, pause and resume through the mentor. */
class AdminRoutesTest {
    private static final String ADMIN = "admin-token";
    private static final String ADA = "ada-token";
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final HttpClient http = HttpClient.newHttpClient();

    private final MaterializedView view = new MaterializedView();
    private final ViewWriter writer = new ViewWriter(view);
    private ApiServer server;

    @BeforeEach
    void start() {
        view.putMentor("kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed", "https://kim.example.org",
                SourceKind.BLOG, List.of("career"), false));
        view.putFeedState("kim", new FeedState("kim", "https://kim.example.org/feed", null, null, NOW, 200,
                NOW.plusSeconds(600), 0, null, true, List.of()));
        ApiConfig config = ApiConfig.defaults().withPort(0).withTokens(List.of(Ids.sha256Hex(ADMIN)),
                Map.of("ada", List.of(Ids.sha256Hex(ADA))), Map.of());
        server = new ApiServer(config, ApiServices.over(view, writer, new FeedDiscovery(false), 3, 10), () -> true,
                Clock.fixed(NOW, ZoneOffset.UTC));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void refetchWritesACommandForIngestAndAnswers202WithIt() throws Exception {
        HttpResponse<String> response = post("/api/v1/feeds/kim/refetch", ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode command = json(response);
        assertThat(command.get("kind").asText()).isEqualTo("REFETCH_FEED");
        assertThat(command.get("target").asText()).isEqualTo("kim");
        assertThat(command.get("requestedAt").asText()).isEqualTo(NOW.toString());
        assertThat(command.get("requestedBy").asText()).isEqualTo("api:admin");
        assertThat(writer.written).singleElement().satisfies(written -> {
            assertThat(written.topic()).isEqualTo(Topics.CONTROL.name());
            assertThat(written.key()).isEqualTo("kim");
            assertThat(((ControlCommand) written.value()).id()).isEqualTo(command.get("id").asText());
        });
    }

    @Test
    void aRebuildIsACommandForEveryApiInstance() throws Exception {
        HttpResponse<String> response = post("/api/v1/admin/read-model/rebuild", ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response).get("kind").asText()).isEqualTo("REBUILD_READ_MODEL");
        assertThat(json(response).get("target").asText()).isEqualTo(ControlCommand.ALL);
        assertThat(writer.written).extracting(ViewWriter.Written::topic).containsExactly(Topics.CONTROL.name());
    }

    @Test
    void pauseAndResumeRepublishTheMentorAndTheFeedsSayIt() throws Exception {
        HttpResponse<String> paused = post("/api/v1/feeds/kim/pause", ADMIN);
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(json(paused).get("paused").asBoolean()).isTrue();
        assertThat(json(paused).get("topics").get(0).asText()).isEqualTo("career");
        assertThat(feedsSayPaused()).isTrue();

        HttpResponse<String> resumed = post("/api/v1/feeds/kim/resume", ADMIN);
        assertThat(json(resumed).get("paused").asBoolean()).isFalse();
        assertThat(feedsSayPaused()).isFalse();
        assertThat(writer.written).extracting(ViewWriter.Written::topic)
                .containsExactly(Topics.MENTORS.name(), Topics.MENTORS.name());
    }

    @Test
    void anUnknownMentorIs404AndABadIdIs400() throws Exception {
        for (String action : List.of("refetch", "pause", "resume")) {
            HttpResponse<String> unknown = post("/api/v1/feeds/nobody/" + action, ADMIN);
            assertThat(unknown.statusCode()).as(action).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json(unknown).get("detail").asText()).isEqualTo("No mentor 'nobody'");
            assertThat(post("/api/v1/feeds/Not_An_Id/" + action, ADMIN).statusCode()).as(action).isEqualTo(400);
        }
        assertThat(writer.written).isEmpty();
    }

    @Test
    void onlyAdminsMayAct() throws Exception {
        for (String path : List.of("/api/v1/feeds/kim/refetch", "/api/v1/feeds/kim/pause", "/api/v1/feeds/kim/resume",
                "/api/v1/admin/read-model/rebuild")) {
            HttpResponse<String> anonymous = post(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(post(path, "wrong").statusCode()).as(path).isEqualTo(401);
            assertThat(post(path, ADA).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(writer.written).isEmpty();
    }

    private boolean feedsSayPaused() throws Exception {
        HttpResponse<String> feeds = http.send(HttpRequest.newBuilder(uri("/api/v1/feeds"))
                .header("Authorization", "Bearer " + ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
        return json(feeds).at("/items/0/paused").asBoolean();
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }
}
