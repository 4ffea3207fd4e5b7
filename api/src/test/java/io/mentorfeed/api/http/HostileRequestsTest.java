package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.ADMIN;
import static io.mentorfeed.api.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Ids;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies, paths and queries written to hurt: each gets a 4xx problem naming what is wrong (never a 5xx),
 * and the profile and the registry read back exactly as they were, with nothing written to Kafka.
 */
class HostileRequestsTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final String JSON = "application/json";

    private static TestServer api;
    private String profileBefore;
    private String mentorsBefore;

    @BeforeAll
    static void start() {
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", DigestFixtures.profile("ada", "Europe/Paris"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim Lee"));
        for (int i = 0; i < 3; i++) {
            String post = Ids.postId("kim", "e" + i);
            view.putRecommendation("ada/" + post, DigestFixtures.rec("ada", post, "kim", Action.RESPOND_NOW,
                    NOW.minusSeconds(3600L * (i + 1)), 0.9));
        }
        api = new TestServer(view, NOW);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void readBefore() throws Exception {
        profileBefore = api.call("GET", "/api/v1/profiles/ada", bearer(ADA)).body();
        mentorsBefore = api.call("GET", "/api/v1/mentors", bearer(ADMIN)).body();
    }

    @AfterEach
    void nothingChanged() throws Exception {
        assertThat(api.writer.written).as("nothing written").isEmpty();
        assertThat(api.call("GET", "/api/v1/profiles/ada", bearer(ADA)).body()).isEqualTo(profileBefore);
        assertThat(api.call("GET", "/api/v1/mentors", bearer(ADMIN)).body()).isEqualTo(mentorsBefore);
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutAContentLength() throws Exception {
        byte[] big = ("{\"name\":\"" + "a".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(patchAda(big), 413, "");
        assertProblem(api.call("POST", "/api/v1/mentors", bearer(ADMIN), JSON, big), 413, "");

        HttpRequest chunked = HttpRequest.newBuilder(api.uri("/api/v1/profiles/ada"))
                .header("Authorization", bearer(ADA)).header("Content-Type", JSON)
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        assertProblem(HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"digestHour\":\"seven\"}", "{\"digestHour\":true}", "{\"digestHour\":[7]}", "{\"digestHour\":{}}",
        "{\"digestHour\":99999999999}", "{\"interests\":\"career\"}", "{\"interests\":[{\"a\":1}]}",
        "{\"name\":{\"first\":\"Ada\"}}", "{\"following\":[1,2]}", "{\"timeZone\":[\"UTC\"]}",
        "[]", "\"ada\"", "42", "null", "{\"name\":\"Ada\"} {\"name\":\"Bo\"}"})
    void aWronglyTypedProfileBodyIs400NamingTheField(String body) throws Exception {
        HttpResponse<String> refused = patchAda(body.getBytes(StandardCharsets.UTF_8));
        assertProblem(refused, 400, "");
    }

    @Test
    void deeplyNestedJsonIs400AndNeverAStackOverflow() throws Exception {
        for (int depth : new int[] {1_001, 30_000}) {
            String nested = "{\"interests\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            assertProblem(patchAda(nested.getBytes(StandardCharsets.UTF_8)), 400, "");
            String objects = "{\"name\":\"x\",\"z\":" + "{\"a\":".repeat(depth / 5) + "1" + "}".repeat(depth / 5) + "}";
            assertProblem(api.call("PUT", "/api/v1/mentors/kim", bearer(ADMIN), JSON,
                    objects.getBytes(StandardCharsets.UTF_8)), 400, "");
        }
    }

    @Test
    void invalidUtf8AndRawControlCharactersInABodyAre400() throws Exception {
        byte[] invalidUtf8 = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertProblem(patchAda(invalidUtf8), 400, "");
        byte[] rawNul = "{\"name\":\"Ada\u0000Lovelace\"}".getBytes(StandardCharsets.UTF_8);
        assertProblem(patchAda(rawNul), 400, "");
        byte[] lone = {(byte) 0xFF, (byte) 0xFE, 0, '{', 0, '}'};
        assertProblem(patchAda(lone), 400, "");
    }

    @Test
    void fieldsTooLongOrFullOfControlCharactersAre400() throws Exception {
        assertProblem(patchAda(("{\"name\":\"" + "n".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8)),
                400, "'name'");
        assertProblem(api.call("PUT", "/api/v1/mentors/kim", bearer(ADMIN), JSON,
                ("{\"name\":\"" + "n".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8)), 400, "'name'");
        assertProblem(patchAda("{\"email\":\"ada@example.org\\r\\nBcc: all@example.org\"}"
                .getBytes(StandardCharsets.UTF_8)), 400, "'email'");
        assertProblem(api.call("PUT", "/api/v1/mentors/kim", bearer(ADMIN), JSON,
                "{\"feedUrl\":\"javascript:alert(1)\"}".getBytes(StandardCharsets.UTF_8)), 400, "'url'");
        assertProblem(api.call("PUT", "/api/v1/mentors/kim", bearer(ADMIN), JSON,
                "{\"feedUrl\":\"file:///etc/passwd\"}".getBytes(StandardCharsets.UTF_8)), 400, "'url'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/profiles/..%2fmentors", "/api/v1/profiles/ada%00/digest", "/api/v1/profiles/ada%2F..%2Fbo/digest",
        "/api/v1/profiles/ADA/digest", "/api/v1/profiles/ada;x=1/digest", "/api/v1/profiles/%27%20OR%201=1/digest",
        "/api/v1/mentors/kim%0d%0aSet-Cookie:x=1", "/api/v1/feeds/%2e%2e/refetch"})
    void pathInjectionIsRefusedAsABadIdOrNoRoute(String path) throws Exception {
        HttpResponse<String> refused = api.call("GET", path, bearer(ADMIN));
        assertThat(refused.statusCode()).as(path + " " + refused.body()).isIn(400, 404, 405);
        assertThat(TestServer.isProblem(refused)).as(path + " " + refused.headers().map() + refused.body()).isTrue();
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void dotSegmentsNeverReachAnotherResourceWithoutItsRights() throws Exception {
        HttpResponse<String> escaped = api.call("GET", "/api/v1/profiles/ada/../../mentors", bearer(ADA));
        assertThat(escaped.statusCode()).as(escaped.body()).isIn(400, 403, 404);
        assertThat(escaped.body()).doesNotContain("Kim Lee");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "digest?date=2026-03-07%27%20OR%201=1", "digest?date=%2B999999999-12-31", "digest?date=-999999999-01-01",
        "digest?date=0000-01-01", "digest?date=9999-12-31", "digest?date=2026-02-30",
        "reading-list?limit=1e9", "reading-list?limit=-1", "reading-list?limit=99999999999999999999",
        "reading-list?since=%2B1000000000-01-01T00:00:00Z", "reading-list?since=0000-01-01",
        "reading-list?since=9999-12-31T23:59:59Z",
        "reading-list?cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "reading-list?cursor=eyJwIjoxfQ", "reading-list?mentor=..%2F..",
        "reading-list?tag=%3Cscript%3Ealert(1)%3C/script%3E",
        "reading-list?status=unread%27--", "reading-list.rss?cursor=abc", "reading-list.atom?limit=51"})
    void hostileQueriesAreAnsweredOrRefusedButNeverFail(String pathAndQuery) throws Exception {
        HttpResponse<String> response = api.call("GET", "/api/v1/profiles/ada/" + pathAndQuery, bearer(ADA));
        assertThat(response.statusCode()).as(pathAndQuery + " " + response.body()).isIn(200, 400);
        if (response.statusCode() == 400) {
            assertThat(TestServer.isProblem(response)).isTrue();
            assertThat(TestServer.json(response).get("detail").asText()).contains("'");
        }
    }

    @Test
    void aLineBreakInAQueryNeverSplitsTheLinkHeader() throws Exception {
        HttpResponse<String> page = api.call("GET", "/api/v1/profiles/ada/reading-list?limit=1&x=%0D%0ASet-Cookie:"
                + "%20a=b", bearer(ADA));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Link").orElseThrow()).doesNotContain("\r", "\n").contains("%0D%0A");
    }

    private HttpResponse<String> patchAda(byte[] body) throws Exception {
        return api.call("PATCH", "/api/v1/profiles/ada", bearer(ADA), JSON, body);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(TestServer.isProblem(response)).as(response.body()).isTrue();
        JsonNode problem = TestServer.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).contains(detail);
    }
}
