package io.mentorfeed.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.ParsedFeed;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource of the API against the real server on a real Kafka cluster: reads from the compacted topics,
 * writes back to them, auth on every route, every error class, the three feed formats parsed back, and two
 * instances on the same cluster agreeing.
 */
@WithKafka
class ApiResourcesIT {
    static final String ADMIN = "admin-secret";
    static final String ADA = "ada-secret";
    static final String ADA_FEED = "ada-feed-secret";
    static final String BO = "bo-secret";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final HttpClient http = HttpClient.newHttpClient();

    private static KafkaCluster kafka;
    private static ApiService first;
    private static ApiService second;
    private static HttpServer site;

    @BeforeAll
    static void start(KafkaCluster cluster) throws Exception {
        kafka = cluster;
        kafka.createTopics(Topics.ALL);
        kafka.send(Topics.PROFILES, Map.of(
                "ada", new Profile("ada", "Ada", null, ZoneId.of("Europe/Paris"), 7, List.of("career"), List.of("kim")),
                "bo", new Profile("bo", "Bo", null, ZoneId.of("UTC"), 8, List.of(), List.of())));
        kafka.send(Topics.MENTORS, Map.of("kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed.xml",
                SourceKind.BLOG)));
        kafka.send(Topics.FEED_STATE, Map.of("kim", new FeedState("kim", "https://kim.example.org/feed.xml", "\"e1\"",
                null, NOW, 200, NOW.plusSeconds(300), 0, null, true, List.of("a"))));
        for (int i = 0; i < 5; i++) {
            addPost("p" + i, NOW.minus(Duration.ofHours(i + 1)));
        }
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/blog/", exchange -> {
            byte[] body = ("<html><head><title>Zoe's blog</title><link rel=\"alternate\" type=\"application/rss+xml\""
                    + " href=\"/blog/feed.xml\"></head></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        first = startApi();
        second = startApi();
    }

    @AfterAll
    static void stop() {
        for (ApiService service : new ApiService[] {first, second}) {
            if (service != null) {
                service.stop();
            }
        }
        if (site != null) {
            site.stop(0);
        }
    }

    static ApiService startApi() {
        ApiConfig config = ApiConfig.defaults().withPort(0)
                .withTokens(List.of(Ids.sha256Hex(ADMIN)),
                        Map.of("ada", List.of(Ids.sha256Hex(ADA)), "bo", List.of(Ids.sha256Hex(BO))),
                        Map.of("ada", List.of(Ids.sha256Hex(ADA_FEED))))
                .withDiscoveryAllowPrivate(true);
        ApiService service = new ApiService(config, kafka.clientProperties());
        service.start();
        await().atMost(Duration.ofSeconds(30)).until(service::isReady);
        return service;
    }

    static void addPost(String entryId, Instant published) {
        String postId = Ids.postId("kim", entryId);
        kafka.send(Topics.POSTS, Map.of(postId, new Post(postId, "kim", entryId, "Post " + entryId,
                "https://kim.example.org/" + entryId, null, published, null, "summary", "text", "en", 3, List.of(),
                List.of("career"), List.of(), null, null, 1, List.of(), published, 1, "h-" + entryId)));
        ResponseWindow window = new ResponseWindow(published, published.plus(Duration.ofHours(6)),
                published.plus(Duration.ofDays(4)));
        kafka.send(Topics.RECOMMENDATIONS, Map.of("ada/" + postId, new Recommendation("ada", postId, "kim", "Kim Lee",
                "Post " + entryId, "https://kim.example.org/" + entryId, published, Action.RESPOND_NOW, window, null,
                0.8, List.of("Kim asks a question"), List.of("career"), List.of(), published, false)));
    }

    @Test
    void twoInstancesOnTheSameClusterServeTheSameDigest() throws Exception {
        JsonNode one = json(call(first, "GET", "/api/v1/profiles/ada/digest", ADA, null, null));
        JsonNode two = json(call(second, "GET", "/api/v1/profiles/ada/digest", ADA, null, null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) one).remove("generatedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) two).remove("generatedAt");
        assertThat(one).isEqualTo(two);
        assertThat(one.get("respondNow")).isNotEmpty();
    }

    @Test
    void readingListPagesStayStableWhileNewPostsArrive() throws Exception {
        List<String> seen = new ArrayList<>();
        JsonNode page = json(call(first, "GET", "/api/v1/profiles/ada/reading-list?limit=2&status=all&mentor=kim", ADA, null,
                null));
        page.get("items").forEach(item -> seen.add(item.get("postId").asText()));
        addPost("arrived-newest", NOW.plusSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> first.isReady() && json(call(first, "GET",
                "/api/v1/profiles/ada/reading-list?limit=1", ADA, null, null)).at("/items/0/title").asText()
                .equals("Post arrived-newest"));
        while (!page.get("nextCursor").isNull()) {
            HttpResponse<String> next = call(first, "GET", "/api/v1/profiles/ada/reading-list?limit=2&status=all&mentor=kim"
                    + "&cursor=" + page.get("nextCursor").asText(), ADA, null, null);
            assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
            page = json(next);
            page.get("items").forEach(item -> seen.add(item.get("postId").asText()));
        }
        assertThat(seen).startsWith(postId("p0"), postId("p1"), postId("p2"), postId("p3"), postId("p4"))
                .doesNotHaveDuplicates().doesNotContain(postId("arrived-newest"));
    }

    @Test
    void theReadingListFeedsParseWithRomeAndAsJsonFeed() throws Exception {
        for (String format : List.of("rss", "atom")) {
            HttpResponse<String> response = call(first, "GET", "/api/v1/profiles/ada/reading-list." + format
                    + "?token=" + ADA_FEED, null, null, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).isEqualTo(format.equals("rss") ? "rss_2.0" : "atom_1.0");
            SyndEntry entry = feed.getEntries().getFirst();
            assertThat(entry.getTitle()).startsWith("Post ");
            assertThat(entry.getLink()).startsWith("https://kim.example.org/");
            assertThat(entry.getPublishedDate()).isNotNull();
            assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();
            assertThat(response.body()).doesNotContain(ADA_FEED);
        }
        HttpResponse<String> jsonFeed = call(first, "GET", "/api/v1/profiles/ada/reading-list.json", ADA_FEED, null,
                null);
        assertThat(jsonFeed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/feed+json");
        JsonNode feed = json(jsonFeed);
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isNotBlank();
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").isTextual()).isTrue();
            assertThat(item.has("content_text") || item.has("content_html")).isTrue();
            assertThat(Instant.parse(item.get("date_published").asText())).isBefore(NOW.plusSeconds(3600));
        }
        // Read back by a JSON Feed reader: the one mentorfeed's own ingest uses for mentors' JSON Feeds.
        ParsedFeed readBack = new FeedParser().parse(jsonFeed.body().getBytes(StandardCharsets.UTF_8),
                "application/feed+json", URI.create("http://127.0.0.1/api/v1/profiles/ada/reading-list.json"));
        assertThat(readBack.feed().format()).startsWith("json");
        assertThat(readBack.entries()).hasSize(feed.get("items").size()).allSatisfy(entry -> {
            assertThat(entry.title()).startsWith("Post ");
            assertThat(entry.link()).startsWith("https://kim.example.org/");
            assertThat(entry.published()).isNotNull();
        });
        // The feed token is read-only: it cannot post engagements nor read the JSON reading list.
        assertThat(call(first, "GET", "/api/v1/profiles/ada/reading-list", ADA_FEED, null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anEngagementIsWrittenOnceAndARetryToTheOtherInstanceGetsTheSameAnswer() throws Exception {
        String body = "{\"postId\":\"" + postId("p1") + "\",\"kind\":\"commented\"}";
        HttpResponse<String> created = call(first, "POST", "/api/v1/profiles/ada/engagements", ADA, body,
                Map.of("Idempotency-Key", "retry-1"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asText();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> retried = call(second, "POST", "/api/v1/profiles/ada/engagements", ADA, body,
                    Map.of("Idempotency-Key", "retry-1"));
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(json(retried).get("id").asText()).isEqualTo(id);
        });
        HttpResponse<String> conflicting = call(second, "POST", "/api/v1/profiles/ada/engagements", ADA,
                body.replace("commented", "skipped"), Map.of("Idempotency-Key", "retry-1"));
        assertThat(conflicting.statusCode()).isEqualTo(422);
        assertThat(kafka.readAll(Topics.ENGAGEMENTS)).filteredOn(r -> r.value().id().equals(id)).hasSize(1);

        JsonNode history = json(call(second, "GET", "/api/v1/profiles/ada/engagements", ADA, null, null));
        assertThat(history.get("items")).extracting(item -> item.get("id").asText()).contains(id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(json(call(first, "GET",
                "/api/v1/profiles/ada/reading-list?status=done", ADA, null, null)).get("items"))
                .extracting(item -> item.get("postId").asText()).containsExactly(postId("p1")));
    }

    @Test
    void mentorsAreCreatedFromASiteUrlUpdatedExportedImportedAndDeleted() throws Exception {
        String siteUrl = "http://127.0.0.1:" + site.getAddress().getPort() + "/blog/";
        HttpResponse<String> created = call(first, "POST", "/api/v1/mentors", ADMIN,
                "{\"url\":\"" + siteUrl + "\",\"topics\":[\"writing\"]}", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode mentor = json(created);
        assertThat(mentor.get("id").asText()).isEqualTo("zoe-s-blog");
        assertThat(mentor.get("feedUrl").asText()).isEqualTo(siteUrl + "feed.xml");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                call(second, "GET", "/api/v1/mentors/zoe-s-blog", ADMIN, null, null).statusCode() == 200);
        assertThat(call(first, "POST", "/api/v1/mentors", ADMIN, "{\"url\":\"" + siteUrl + "\"}", null).statusCode())
                .isEqualTo(409);

        HttpResponse<String> updated = call(first, "PUT", "/api/v1/mentors/zoe-s-blog", ADMIN,
                "{\"name\":\"Zoe\",\"paused\":true}", null);
        assertThat(json(updated).get("name").asText()).isEqualTo("Zoe");
        assertThat(json(updated).get("paused").asBoolean()).isTrue();

        String opml = call(first, "GET", "/api/v1/mentors.opml", ADMIN, null, null).body();
        assertThat(opml).contains("xmlUrl=\"https://kim.example.org/feed.xml\"");
        String newFeeds = "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"Ann\" "
                + "xmlUrl=\"https://ann.example.org/rss\"/><outline text=\"Kim\" "
                + "xmlUrl=\"https://kim.example.org/feed.xml\"/></body></opml>";
        JsonNode imported = json(call(first, "POST", "/api/v1/mentors/import", ADMIN, newFeeds,
                Map.of("Content-Type", "text/x-opml")));
        assertThat(imported.get("created")).extracting(m -> m.get("id").asText()).containsExactly("ann");
        assertThat(imported.get("skipped")).hasSize(1);

        assertThat(call(first, "DELETE", "/api/v1/mentors/zoe-s-blog", ADMIN, null, null).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                call(second, "GET", "/api/v1/mentors/zoe-s-blog", ADMIN, null, null).statusCode() == 404);
        assertThat(json(call(second, "GET", "/api/v1/mentors", ADMIN, null, null)).get("items"))
                .extracting(m -> m.get("id").asText()).contains("kim", "ann").doesNotContain("zoe-s-blog");
    }

    @Test
    void aProfileIsReadAndUpdatedByItsOwner() throws Exception {
        HttpResponse<String> patched = call(first, "PATCH", "/api/v1/profiles/bo", BO,
                "{\"timeZone\":\"Asia/Tokyo\",\"digestHour\":6,\"interests\":[\"writing\"],\"following\":[\"kim\"]}",
                null);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode profile = json(call(second, "GET", "/api/v1/profiles/bo", BO, null, null));
            assertThat(profile.get("timeZone").asText()).isEqualTo("Asia/Tokyo");
            assertThat(profile.get("digestHour").asInt()).isEqualTo(6);
            assertThat(profile.get("following")).extracting(JsonNode::asText).containsExactly("kim");
        });
    }

    @Test
    void postsAndFeedHealthAreServed() throws Exception {
        JsonNode post = json(call(first, "GET", "/api/v1/posts/" + postId("p2"), ADA, null, null));
        assertThat(post.get("title").asText()).isEqualTo("Post p2");
        assertThat(call(first, "GET", "/api/v1/posts/nope", ADA, null, null).statusCode()).isEqualTo(404);

        JsonNode feeds = json(call(first, "GET", "/api/v1/feeds", ADMIN, null, null));
        JsonNode kim = feeds.get("items").get(0);
        assertThat(kim.get("mentorId").asText()).isEqualTo("kim");
        assertThat(kim.get("lastStatus").asInt()).isEqualTo(200);
        assertThat(kim.get("healthy").asBoolean()).isTrue();
        assertThat(kim.get("paused").asBoolean()).isFalse();
        assertThat(kim.has("etag")).isFalse();
    }

    @Test
    void everyErrorClassIsAProblemNamingWhatIsWrong() throws Exception {
        assertProblem(call(first, "GET", "/api/v1/profiles/ada/reading-list?limit=0", ADA, null, null), 400, "'limit'");
        assertProblem(call(first, "GET", "/api/v1/profiles/ada/reading-list?action=like", ADA, null, null), 400,
                "'action'");
        assertProblem(call(first, "GET", "/api/v1/profiles/ada/reading-list?since=yesterday", ADA, null, null), 400,
                "'since'");
        assertProblem(call(first, "GET", "/api/v1/profiles/ada/reading-list?cursor=xyz", ADA, null, null), 400,
                "'cursor'");
        assertProblem(call(first, "PATCH", "/api/v1/profiles/ada", ADA, "{\"timeZone\":\"Mars/Base\"}", null), 400,
                "'timeZone'");
        assertProblem(call(first, "PATCH", "/api/v1/profiles/ada", ADA, "{\"digestHr\":3}", null), 400, "'digestHr'");
        assertProblem(call(first, "PATCH", "/api/v1/profiles/ada", ADA, "{\"digestHour\":\"x\"}", null), 400,
                "'digestHour'");
        assertProblem(call(first, "PATCH", "/api/v1/profiles/ada", ADA, "{not json", null), 400, "not valid JSON");
        assertProblem(call(first, "POST", "/api/v1/mentors", ADMIN, "{\"url\":\"ftp://example.org/\"}", null), 400,
                "'url'");
        assertProblem(call(first, "GET", "/api/v1/profiles/ada", null, null, null), 401, "bearer token");
        assertProblem(call(first, "GET", "/api/v1/mentors", ADA, null, null), 403, "admin");
        assertProblem(call(first, "GET", "/api/v1/profiles/bo/digest", ADA, null, null), 404, "No profile 'bo'");
        assertProblem(call(first, "GET", "/api/v1/profiles/nobody/digest", ADA, null, null), 404,
                "No profile 'nobody'");
        assertProblem(call(first, "DELETE", "/api/v1/profiles/ada", ADMIN, null, null), 405, "not allowed");
        assertProblem(call(first, "POST", "/api/v1/profiles/ada/engagements", ADA, "x".repeat(2 * 1024 * 1024), null),
                413, "");
        assertProblem(call(first, "PATCH", "/api/v1/profiles/ada", ADA, "{}", Map.of("Content-Type", "text/plain")),
                415, "application/json");
    }

    @Test
    void everyRouteRefusesCallersWithoutTheRightToken() throws Exception {
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/v1/profiles/ada", "profile"},
                new String[] {"PATCH", "/api/v1/profiles/ada", "profile"},
                new String[] {"GET", "/api/v1/profiles/ada/digest", "profile"},
                new String[] {"GET", "/api/v1/profiles/ada/reading-list", "profile"},
                new String[] {"GET", "/api/v1/profiles/ada/reading-list.rss", "profile"},
                new String[] {"GET", "/api/v1/profiles/ada/reading-list.atom", "profile"},
                new String[] {"GET", "/api/v1/profiles/ada/reading-list.json", "profile"},
                new String[] {"GET", "/api/v1/profiles/ada/engagements", "profile"},
                new String[] {"POST", "/api/v1/profiles/ada/engagements", "profile"},
                new String[] {"GET", "/api/v1/mentors", "admin"},
                new String[] {"POST", "/api/v1/mentors", "admin"},
                new String[] {"GET", "/api/v1/mentors.opml", "admin"},
                new String[] {"POST", "/api/v1/mentors/import", "admin"},
                new String[] {"GET", "/api/v1/mentors/kim", "admin"},
                new String[] {"PUT", "/api/v1/mentors/kim", "admin"},
                new String[] {"DELETE", "/api/v1/mentors/kim", "admin"},
                new String[] {"GET", "/api/v1/posts/" + postId("p0"), "reader"},
                new String[] {"GET", "/api/v1/feeds", "admin"},
                new String[] {"POST", "/api/v1/feeds/kim/refetch", "admin"},
                new String[] {"POST", "/api/v1/feeds/kim/pause", "admin"},
                new String[] {"POST", "/api/v1/feeds/kim/resume", "admin"},
                new String[] {"POST", "/api/v1/admin/read-model/rebuild", "admin"});
        for (String[] route : routes) {
            String what = route[0] + " " + route[1];
            assertThat(call(first, route[0], route[1], null, "{}", null).statusCode()).as(what).isEqualTo(401);
            assertThat(call(first, route[0], route[1], "wrong", "{}", null).statusCode()).as(what).isEqualTo(401);
            int otherReader = call(first, route[0], route[1], BO, "{}", null).statusCode();
            switch (route[2]) {
                case "profile" -> assertThat(otherReader).as(what).isEqualTo(404);
                case "admin" -> assertThat(otherReader).as(what).isEqualTo(403);
                default -> assertThat(otherReader).as(what).isEqualTo(200);
            }
        }
        assertThat(call(first, "GET", "/api/v1/health/ready", null, null, null).statusCode()).isEqualTo(200);
        assertThat(call(first, "GET", "/api/v1/openapi.json", null, null, null).statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asText()).contains(detail);
    }

    static String postId(String entryId) {
        return Ids.postId("kim", entryId);
    }

    static HttpResponse<String> call(ApiService api, String method, String path, String token, String body,
                                     Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && (headers == null || !headers.containsKey("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        if (headers != null) {
            headers.forEach(request::header);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }
}
