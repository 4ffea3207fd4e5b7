package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.ADMIN;
import static io.mentorfeed.api.http.TestServer.BO;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's page over the real server: sign-in, the session cookie, CSRF, escaping, actions, admin-only forms. */
class WebPageTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final String HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    private static final String POST_ID = Ids.postId("kim", "hostile");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private TestServer api;

    @BeforeEach
    void start() {
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", new Profile("ada", "Ada", null, ZoneId.of("Europe/Paris"), 7, List.of(), List.of("kim")));
        view.putProfile("bo", DigestFixtures.profile("bo", "UTC"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim " + HOSTILE));
        view.putPost(POST_ID, new Post(POST_ID, "kim", "hostile", HOSTILE, "javascript:alert(3)", null, NOW, null,
                "Summary " + HOSTILE, "text", "en", 1, List.of(), List.of(), List.of(), null, null, 0, List.of(), NOW,
                1, "h"));
        Recommendation rec = DigestFixtures.rec("ada", POST_ID, "kim", Action.RESPOND_NOW, NOW.minusSeconds(3600),
                0.9);
        view.putRecommendation(rec.key(), rec);
        api = new TestServer(view, NOW);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPageWithoutSessionRedirectsToSignInWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = get("/", Map.of());
        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(home.headers().firstValue("Location")).hasValue("/sign-in");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void signInSetsAnHttpOnlySecureSameSiteCookieOnlyForTheRightTokenAndForm() throws Exception {
        assertThat(signIn("ada", BO).statusCode()).isEqualTo(401);
        assertThat(signIn("ada", "wrong").statusCode()).isEqualTo(401);
        assertThat(signIn("nobody", ADMIN).statusCode()).isEqualTo(401);
        HttpResponse<String> withoutFormCookie = api.call("POST", "/sign-in", form(Map.of()),
                body(Map.of("_csrf", "x", "profile", "ada", "token", ADA)));
        assertThat(withoutFormCookie.statusCode()).isEqualTo(403);
        assertThat(sessionCookie(withoutFormCookie)).isNull();

        HttpResponse<String> ok = signIn("ada", ADA);
        assertThat(ok.statusCode()).isEqualTo(303);
        String setCookie = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mf_session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "Secure", "SameSite=Lax", "Path=/").doesNotContain(ADA);
        assertThat(signIn("ada", ADMIN).statusCode()).as("an admin token opens any profile").isEqualTo(303);
    }

    @Test
    void feedTextIsShownAsTextNeverAsMarkupAndUnsafeLinksAreDropped() throws Exception {
        String page = get("/", session("ada", ADA)).body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<img", "<script>", "javascript:", "onerror=alert(1)>")
                .contains("<script src=\"/static/app.js\" defer></script>");
        assertThat(page).contains("Respond by", "reason for " + POST_ID, "Summary &lt;img");
    }

    @Test
    void anActionNeedsTheCsrfTokenAndASameOriginThenItIsRecordedAndTheItemLeavesTheDigest() throws Exception {
        Map<String, String> cookie = session("ada", ADA);
        String csrf = csrfOf(get("/", cookie).body());
        Map<String, String> fields = Map.of("postId", POST_ID, "kind", "commented");

        assertThat(post("/actions", cookie, fields).statusCode()).isEqualTo(403);
        assertThat(post("/actions", cookie, with(fields, "_csrf", "forged")).statusCode()).isEqualTo(403);
        Map<String, String> crossSite = new HashMap<>(cookie);
        crossSite.put("Origin", "https://evil.example");
        assertThat(post("/actions", crossSite, with(fields, "_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(api.writer.written).isEmpty();

        Map<String, String> json = new HashMap<>(cookie);
        json.put("Accept", "application/json");
        HttpResponse<String> done = post("/actions", json, with(fields, "_csrf", csrf));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(TestServer.json(done).get("status").asText()).isEqualTo("done");
        assertThat(api.view.engagementsFor("ada")).extracting(Engagement::kind).containsExactly(Engagement.Kind.COMMENTED);
        assertThat(get("/", cookie).body()).doesNotContain("post-" + POST_ID);
        assertThat(get("/reading-list?status=done", cookie).body()).contains("post-" + POST_ID);
    }

    @Test
    void aSnoozeWithoutScriptRedirectsBackWithAMessage() throws Exception {
        Map<String, String> cookie = session("ada", ADA);
        String csrf = csrfOf(get("/reading-list", cookie).body());
        Map<String, String> headers = new HashMap<>(cookie);
        headers.put("Referer", api.uri("/reading-list?status=unread").toString());
        HttpResponse<String> snoozed = post("/actions", headers, Map.of("postId", POST_ID, "kind", "snoozed",
                "_csrf", csrf));
        assertThat(snoozed.statusCode()).isEqualTo(303);
        assertThat(snoozed.headers().firstValue("Location")).hasValue("/reading-list?status=unread");
        Engagement snooze = api.view.engagementsFor("ada").getFirst();
        assertThat(snooze.until()).isEqualTo(NOW.plus(java.time.Duration.ofDays(1)));
    }

    @Test
    void onlyAnAdminSeesAndUsesTheRegistryForms() throws Exception {
        Map<String, String> reader = session("ada", ADA);
        assertThat(get("/mentors", reader).body()).doesNotContain("Add a mentor", "Feed health");
        String csrf = csrfOf(get("/mentors", reader).body());
        assertThat(post("/mentors", reader, Map.of("_csrf", csrf, "url", "https://kim.example.org/")).statusCode())
                .isEqualTo(403);
        assertThat(post("/mentors/kim/pause", reader, Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);

        Map<String, String> admin = session("ada", ADMIN);
        String adminCsrf = csrfOf(get("/mentors", admin).body());
        assertThat(get("/mentors", admin).body()).contains("Add a mentor", "Feed health");
        HttpResponse<String> paused = post("/mentors/kim/pause", admin, Map.of("_csrf", adminCsrf));
        assertThat(paused.statusCode()).isEqualTo(303);
        assertThat(api.view.mentor("kim").orElseThrow().paused()).isTrue();
    }

    @Test
    void anAdminImportsOpmlAsAnUploadAndFollowsWhatItAddsAndAReaderExportsTheirMentors() throws Exception {
        Map<String, String> admin = session("ada", ADMIN);
        String csrf = csrfOf(get("/mentors", admin).body());
        String boundary = "mentorfeed-test-boundary";
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                + "<outline type=\"rss\" text=\"Pat Day\" xmlUrl=\"https://pat.example.org/feed.xml\"/></body></opml>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"opml\"; filename=\"m.opml\"\r\n"
                + "Content-Type: text/x-opml\r\n\r\n" + opml + "\r\n--" + boundary + "--\r\n";
        Map<String, String> headers = new HashMap<>(admin);
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        HttpResponse<String> imported = api.call("POST", "/mentors/import", headers,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
        String mentorId = api.view.mentors().stream().filter(m -> m.name().equals("Pat Day")).findFirst()
                .orElseThrow().id();
        assertThat(api.view.profile("ada").orElseThrow().follows(mentorId)).isTrue();
        String flash = imported.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mf_flash="))
                .findFirst().orElseThrow();
        assertThat(java.net.URLDecoder.decode(flash, StandardCharsets.UTF_8)).contains("Imported 1 mentors");

        HttpResponse<String> export = get("/mentors.opml", session("ada", ADA));
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/x-opml");
        assertThat(export.body()).contains("kim.example.org", "pat.example.org");
        assertThat(get("/mentors.opml", session("bo", BO)).body()).doesNotContain("kim.example.org");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return api.call("GET", path, headers, null);
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, Map<String, String> fields)
            throws Exception {
        return api.call("POST", path, form(headers), body(fields));
    }

    private HttpResponse<String> signIn(String profile, String token) throws Exception {
        HttpResponse<String> form = get("/sign-in", Map.of());
        String nonce = csrfOf(form.body());
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mf_sign_in="))
                .findFirst().orElseThrow().split(";")[0];
        return api.call("POST", "/sign-in", form(Map.of("Cookie", cookie)),
                body(Map.of("_csrf", nonce, "profile", profile, "token", token)));
    }

    private Map<String, String> session(String profile, String token) throws Exception {
        return Map.of("Cookie", sessionCookie(signIn(profile, token)));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mf_session="))
                .map(c -> c.split(";")[0]).findFirst().orElse(null);
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private static Map<String, String> form(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return all;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(name, value);
        return all;
    }

    private static byte[] body(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
