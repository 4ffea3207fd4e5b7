package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.BO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.greader.ItemIds;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Signal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Google Reader API over the real server, as FreshRSS- and FeedHQ-style clients call it. */
class GoogleReaderApiTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final String API = "/greader/reader/api/0";
    private static final String ASK = Ids.postId("kim", "ask");
    private static final String READ = Ids.postId("kim", "read");
    private static final String LATER = Ids.postId("kim", "later");
    private static final String SKIP = Ids.postId("kim", "skip");

    private TestServer api;
    private String auth;

    @BeforeEach
    void start() throws Exception {
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", new Profile("ada", "Ada", null, ZoneId.of("UTC"), 7, List.of(), List.of("kim")));
        view.putProfile("bo", DigestFixtures.profile("bo", "UTC"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim Lee"));
        put(view, ASK, "<b>Ask</b> me anything", Action.RESPOND_NOW, NOW.minusSeconds(600), Signal.Kind.EVENT);
        put(view, READ, "A long read", Action.READ, NOW.minusSeconds(7200));
        put(view, LATER, "Later", Action.RESPOND_LATER, NOW.minusSeconds(3600 * 3));
        put(view, SKIP, "Skip me", Action.SKIP, NOW.minusSeconds(60));
        api = new TestServer(view, NOW);
        HttpResponse<String> login = post("/greader/accounts/ClientLogin", Map.of(),
                Map.of("Email", "ada", "Passwd", ADA));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        auth = login.body().lines().filter(l -> l.startsWith("Auth=")).findFirst().orElseThrow().substring(5);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void clientLoginRefusesAnotherReadersTokenAndCallsWithoutAuthAreUnauthorized() throws Exception {
        HttpResponse<String> wrong = post("/greader/accounts/ClientLogin", Map.of(), Map.of("Email", "ada",
                "Passwd", BO));
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> anonymous = api.call("GET", API + "/subscription/list?output=json", Map.of(), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("X-Reader-Google-Bad-Token")).hasValue("true");
        assertThat(get("/subscription/list", "GoogleLogin auth=ada/" + "x").statusCode()).isEqualTo(401);
        assertThat(auth).startsWith("ada/").doesNotContain(ADA);
    }

    @Test
    void eachMentorIsASubscriptionAndTheLabelsAreTheActionsAndSignals() throws Exception {
        JsonNode subscriptions = json(get("/subscription/list?output=json"));
        assertThat(subscriptions.at("/subscriptions/0/id").asText()).isEqualTo("feed/kim");
        assertThat(subscriptions.at("/subscriptions/0/title").asText()).isEqualTo("Kim Lee");
        List<String> tags = new ArrayList<>();
        json(get("/tag/list?output=json")).get("tags").forEach(t -> tags.add(t.get("id").asText()));
        assertThat(tags).containsExactly("user/-/state/com.google/starred", "user/-/label/respond-now",
                "user/-/label/respond-later", "user/-/label/events", "user/-/label/personal-news");
        JsonNode counts = json(get("/unread-count?output=json"));
        assertThat(counts.get("max").asInt()).isEqualTo(3);
    }

    @Test
    void itemIdsPageWithContinuationAndTheContentsStartWithWhatToDoAndWhy() throws Exception {
        JsonNode first = json(get("/stream/items/ids?output=json&n=2&s=user/-/state/com.google/reading-list"
                + "&xt=user/-/state/com.google/read"));
        assertThat(ids(first)).containsExactly(decimal(ASK), decimal(READ));
        JsonNode second = json(get("/stream/items/ids?n=2&s=user/-/state/com.google/reading-list&c="
                + first.get("continuation").asText()));
        assertThat(ids(second)).containsExactly(decimal(LATER));
        assertThat(second.has("continuation")).isFalse();
        assertThat(ids(json(get("/stream/items/ids?s=user/-/label/events")))).containsExactly(decimal(ASK));
        long twoHoursAgo = NOW.minusSeconds(2 * 3600 + 1).getEpochSecond();
        assertThat(ids(json(get("/stream/items/ids?s=feed/kim&ot=" + twoHoursAgo)))).containsExactly(decimal(ASK),
                decimal(READ));
        assertThat(ids(json(get("/stream/items/ids?s=feed/kim&nt=" + twoHoursAgo)))).containsExactly(decimal(LATER));
        assertThat(ids(json(get("/stream/items/ids?s=user/-/state/com.google/reading-list"
                + "&it=user/-/label/respond-later")))).containsExactly(decimal(LATER));
        assertThat(ids(json(get("/stream/items/ids?s=feed/kim&r=o")))).containsExactly(decimal(LATER),
                decimal(READ), decimal(ASK));

        // The three id forms clients send back all name the same item.
        long id = ItemIds.of(ASK);
        HttpResponse<String> contents = post(API + "/stream/items/contents", Map.of("Authorization", header()),
                Map.of("i", ItemIds.longForm(id)));
        JsonNode item = json(contents).at("/items/0");
        assertThat(item.get("id").asText()).isEqualTo(ItemIds.longForm(id));
        assertThat(item.get("title").asText()).isEqualTo("‹b›Ask‹/b› me anything");
        assertThat(item.get("categories").toString()).contains("user/-/label/respond-now", "user/-/label/events")
                .doesNotContain("state/com.google/read\"");
        String html = item.at("/content/content").asText();
        assertThat(html.indexOf("Respond now")).isLessThan(html.indexOf("the body"));
        assertThat(html).contains("respond by", "reason for " + ASK).doesNotContain("<b>");
        for (String form : List.of(String.format("%016x", id), Long.toString(id),
                "tag:google.com,2005:reader/item/" + Long.toHexString(id))) {
            assertThat(json(get("/stream/items/contents?i=" + form)).at("/items/0/id").asText()).as(form)
                    .isEqualTo(ItemIds.longForm(id));
        }
    }

    @Test
    void streamContentsTakesTheStreamInThePathEncodedOrNot() throws Exception {
        for (String path : List.of("/stream/contents/user/-/state/com.google/reading-list",
                "/stream/contents/user%2F-%2Fstate%2Fcom.google%2Freading-list", "/stream/contents/feed%2Fkim",
                "/stream/contents?s=feed/kim")) {
            HttpResponse<String> response = get(path + (path.contains("?") ? "&" : "?") + "n=5");
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
            assertThat(json(response).get("items")).as(path).hasSize(3);
        }
        assertThat(get("/stream/contents/user/-/state/com.google/nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void readAndStarredAreWrittenAsEngagementsOnceAndUnreadChangesNothing() throws Exception {
        String token = get("/token").body();
        String i = ItemIds.longForm(ItemIds.of(ASK));
        assertThat(editTag(Map.of("i", i, "a", "user/-/state/com.google/read", "T", "forged")).statusCode())
                .isEqualTo(401);
        assertThat(editTag(Map.of("i", i, "a", "user/-/state/com.google/read",
                "r", "user/-/state/com.google/kept-unread", "ac", "edit", "T", token + "\n")).body()).isEqualTo("OK");
        assertThat(editTag(Map.of("i", i, "a", "user/-/state/com.google/read", "T", token)).body()).isEqualTo("OK");
        assertThat(editTag(Map.of("i", i, "r", "user/-/state/com.google/read", "T", token)).body()).isEqualTo("OK");
        assertThat(editTag(Map.of("i", i, "a", "user/-/state/com.google/starred")).body()).isEqualTo("OK");
        assertThat(editTag(Map.of("i", i, "a", "user/-/state/com.google/starred")).body()).isEqualTo("OK");
        assertThat(editTag(Map.of("i", i, "r", "user/-/state/com.google/starred")).body()).isEqualTo("OK");

        assertThat(api.view.engagementsFor("ada")).extracting(Engagement::kind).containsExactly(
                Engagement.Kind.READ, Engagement.Kind.STARRED, Engagement.Kind.UNSTARRED);
        assertThat(ids(json(get("/stream/items/ids?s=user/-/state/com.google/read")))).containsExactly(decimal(ASK));
    }

    @Test
    void markAllAsReadReadsTheStreamUpToTheTimestamp() throws Exception {
        long ts = NOW.minus(Duration.ofHours(1)).getEpochSecond() * 1_000_000L;
        HttpResponse<String> done = post(API + "/mark-all-as-read", Map.of("Authorization", header()),
                Map.of("s", "feed/kim", "ts", Long.toString(ts)));
        assertThat(done.body()).isEqualTo("OK");
        assertThat(api.view.engagementsFor("ada")).extracting(Engagement::postId).containsExactlyInAnyOrder(READ,
                LATER);
    }

    @Test
    void theAtomFormOfAStreamCarriesTheReadStateAsGoogleCategories() throws Exception {
        HttpResponse<String> atom = api.call("GET", "/greader/reader/atom/feed%2Fkim?n=20",
                Map.of("Authorization", header()), null);
        assertThat(atom.statusCode()).as(atom.body()).isEqualTo(200);
        assertThat(atom.body()).contains("<id>" + ItemIds.longForm(ItemIds.of(ASK)) + "</id>",
                "scheme=\"http://www.google.com/reader/\"", "label=\"fresh\"", "label=\"respond-now\"")
                .doesNotContain("<b>Ask");
    }

    private static void put(MaterializedView view, String postId, String title, Action action, Instant published,
                            Signal.Kind... signals) {
        view.putPost(postId, new Post(postId, "kim", postId, title, "https://kim.example.org/" + postId, null,
                published, null, "summary", "the body of " + postId, "en", 1, List.of(), List.of(), List.of(), null,
                null, 0, List.of(), published, 1, "h"));
        Recommendation rec = DigestFixtures.rec("ada", postId, "kim", action, published, 0.5, signals);
        view.putRecommendation(rec.key(), new Recommendation(rec.profileId(), postId, "kim", "Kim Lee", title,
                rec.link(), published, action, rec.window(), rec.eligibleAt(), 0.5, rec.reasons(), rec.tags(),
                rec.signals(), rec.decidedAt(), false));
    }

    private static String decimal(String postId) {
        return Long.toString(ItemIds.of(postId));
    }

    private static List<String> ids(JsonNode refs) {
        List<String> ids = new ArrayList<>();
        refs.get("itemRefs").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private String header() {
        return "GoogleLogin auth=" + auth;
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(pathAndQuery, header());
    }

    private HttpResponse<String> get(String pathAndQuery, String authorization) throws Exception {
        return api.call("GET", API + pathAndQuery, Map.of("Authorization", authorization), null);
    }

    private HttpResponse<String> editTag(Map<String, String> fields) throws Exception {
        return post(API + "/edit-tag", Map.of("Authorization", header()), fields);
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, Map<String, String> fields)
            throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return api.call("POST", path, all, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }
}
