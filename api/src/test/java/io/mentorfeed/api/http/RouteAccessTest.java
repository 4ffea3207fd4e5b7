package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.ADA_FEED;
import static io.mentorfeed.api.http.TestServer.ADMIN;
import static io.mentorfeed.api.http.TestServer.BO;
import static io.mentorfeed.api.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.email.ActionLinks;
import io.mentorfeed.api.email.EmailAction;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Post;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wrong and missing tokens on every route the server declares (its own route table, so a new route cannot escape:
 * an unclassified one fails here). Refusals are problem+json, 401 with a challenge, 403 or 404 as docs/api.md says,
 * and none of them writes anything.
 */
class RouteAccessTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final String POST = Ids.postId("kim", "e1");

    /**
     * Who may call a route. Public routes are public by design: health, the OpenAPI document, signed links, the
     * page's assets and sign-in form. PAGE: the page's session cookie (else a redirect to sign-in); PAGE_WRITE: the
     * session and its CSRF token; SIGN_IN: the sign-in form's own nonce.
     */
    enum Guard { PUBLIC, SIGNED_LINK, PROFILE, PROFILE_FEED, READER, ADMIN, PAGE, PAGE_WRITE, SIGN_IN, GREADER,
        GREADER_LOGIN }

    private static final java.util.Set<Guard> PAGE_GUARDS = java.util.EnumSet.of(Guard.PAGE, Guard.PAGE_WRITE,
            Guard.SIGN_IN, Guard.GREADER, Guard.GREADER_LOGIN);

    private static final Map<String, Guard> GUARDS = Map.ofEntries(
            Map.entry("GET /health/live", Guard.PUBLIC),
            Map.entry("GET /health/ready", Guard.PUBLIC),
            Map.entry("GET /openapi.json", Guard.PUBLIC),
            Map.entry("GET /email-actions/{token}", Guard.SIGNED_LINK),
            Map.entry("POST /email-actions/{token}", Guard.SIGNED_LINK),
            Map.entry("GET /profiles/{id}", Guard.PROFILE),
            Map.entry("PATCH /profiles/{id}", Guard.PROFILE),
            Map.entry("GET /profiles/{id}/digest", Guard.PROFILE),
            Map.entry("GET /profiles/{id}/digest.html", Guard.PROFILE),
            Map.entry("GET /profiles/{id}/reading-list", Guard.PROFILE),
            Map.entry("GET /profiles/{id}/reading-list.rss", Guard.PROFILE_FEED),
            Map.entry("GET /profiles/{id}/reading-list.atom", Guard.PROFILE_FEED),
            Map.entry("GET /profiles/{id}/reading-list.json", Guard.PROFILE_FEED),
            Map.entry("GET /profiles/{id}/engagements", Guard.PROFILE),
            Map.entry("POST /profiles/{id}/engagements", Guard.PROFILE),
            Map.entry("GET /posts/{id}", Guard.READER),
            Map.entry("GET /mentors", Guard.ADMIN),
            Map.entry("POST /mentors", Guard.ADMIN),
            Map.entry("GET /mentors.opml", Guard.ADMIN),
            Map.entry("POST /mentors/import", Guard.ADMIN),
            Map.entry("GET /mentors/{id}", Guard.ADMIN),
            Map.entry("PUT /mentors/{id}", Guard.ADMIN),
            Map.entry("DELETE /mentors/{id}", Guard.ADMIN),
            Map.entry("GET /feeds", Guard.ADMIN),
            Map.entry("POST /feeds/{mentorId}/refetch", Guard.ADMIN),
            Map.entry("POST /feeds/{mentorId}/pause", Guard.ADMIN),
            Map.entry("POST /feeds/{mentorId}/resume", Guard.ADMIN),
            Map.entry("POST /admin/read-model/rebuild", Guard.ADMIN),
            Map.entry("GET site:/", Guard.PAGE),
            Map.entry("GET site:/reading-list", Guard.PAGE),
            Map.entry("GET site:/mentors", Guard.PAGE),
            Map.entry("GET site:/mentors.opml", Guard.PAGE),
            Map.entry("GET site:/sign-in", Guard.PUBLIC),
            Map.entry("POST site:/sign-in", Guard.SIGN_IN),
            Map.entry("POST site:/sign-out", Guard.PAGE_WRITE),
            Map.entry("POST site:/actions", Guard.PAGE_WRITE),
            Map.entry("POST site:/mentors", Guard.PAGE_WRITE),
            Map.entry("POST site:/mentors/import", Guard.PAGE_WRITE),
            Map.entry("POST site:/mentors/{id}/pause", Guard.PAGE_WRITE),
            Map.entry("POST site:/mentors/{id}/resume", Guard.PAGE_WRITE),
            Map.entry("POST site:/mentors/{id}/follow", Guard.PAGE_WRITE),
            Map.entry("POST site:/mentors/{id}/unfollow", Guard.PAGE_WRITE),
            Map.entry("GET site:/static/app.js", Guard.PUBLIC),
            Map.entry("GET site:/static/app.css", Guard.PUBLIC),
            Map.entry("GET site:/static/icon.svg", Guard.PUBLIC),
            Map.entry("POST site:/greader/accounts/ClientLogin", Guard.GREADER_LOGIN),
            Map.entry("GET site:/greader/accounts/ClientLogin", Guard.GREADER_LOGIN),
            Map.entry("GET site:/greader/reader/api/0/token", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/user-info", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/subscription/list", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/tag/list", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/unread-count", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/stream/items/ids", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/stream/items/contents", Guard.GREADER),
            Map.entry("POST site:/greader/reader/api/0/stream/items/contents", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/stream/contents", Guard.GREADER),
            Map.entry("GET site:/greader/reader/api/0/stream/contents/<stream>", Guard.GREADER),
            Map.entry("POST site:/greader/reader/api/0/edit-tag", Guard.GREADER),
            Map.entry("POST site:/greader/reader/api/0/mark-all-as-read", Guard.GREADER),
            Map.entry("GET site:/greader/reader/atom", Guard.GREADER),
            Map.entry("GET site:/greader/reader/atom/<stream>", Guard.GREADER));

    private static TestServer api;

    @BeforeAll
    static void start() {
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", DigestFixtures.profile("ada", "UTC"));
        view.putProfile("bo", DigestFixtures.profile("bo", "UTC"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim Lee"));
        view.putPost(POST, new Post(POST, "kim", "e1", "A post", "https://kim.example.org/1", null, NOW, null,
                "summary", "text", "en", 1, List.of(), List.of(), List.of(), null, null, 0, List.of(), NOW, 1, "h"));
        view.putRecommendation("ada/" + POST, DigestFixtures.rec("ada", POST, "kim", Action.RESPOND_NOW,
                NOW.minusSeconds(3600), 0.9));
        api = new TestServer(view, NOW);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyProtectedRouteRefusesMissingMalformedAndWrongTokens() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : api.routes()) {
            Guard guard = guard(route);
            if (guard == Guard.PUBLIC || guard == Guard.SIGNED_LINK || PAGE_GUARDS.contains(guard)) {
                continue; // the page's routes take no bearer token: see below
            }
            String method = route.method().name();
            String path = concrete(route.path());
            for (String authorization : new String[] {null, "Bearer wrong", "Bearer ", "Basic YWRtaW46YWRtaW4=",
                    "bearer" + ADMIN, "Bearer " + ADMIN + "x"}) {
                HttpResponse<String> refused = call(method, path, authorization);
                softly.assertThat(refused.statusCode()).as("%s %s with %s", method, path, authorization)
                        .isEqualTo(401);
                softly.assertThat(TestServer.isProblem(refused)).as("%s %s problem+json", method, path).isTrue();
                softly.assertThat(refused.headers().firstValue("WWW-Authenticate"))
                        .as("%s %s challenge", method, path).hasValue("Bearer realm=\"mentorfeed\"");
            }
            // A token in the query is only read by the feeds; elsewhere it is as good as no token.
            if (guard != Guard.PROFILE_FEED) {
                softly.assertThat(call(method, path + "?token=" + ADA_FEED, null).statusCode())
                        .as("%s %s with ?token=", method, path).isEqualTo(401);
            }
        }
        softly.assertAll();
        assertThat(api.writer.written).isEmpty();
    }

    @Test
    void everyProtectedRouteRefusesTheWrongKindOfValidToken() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : api.routes()) {
            Guard guard = guard(route);
            if (guard == Guard.PUBLIC || guard == Guard.SIGNED_LINK || PAGE_GUARDS.contains(guard)) {
                continue; // no token needed; the signed links and the page are checked below
            }
            String method = route.method().name();
            String path = concrete(route.path());
            int otherReader = call(method, path, bearer(BO)).statusCode();
            int feedToken = call(method, path, bearer(ADA_FEED)).statusCode();
            switch (guard) {
                case PROFILE -> {
                    // Another reader's token, or a feed token, learns nothing: as if the profile did not exist.
                    softly.assertThat(otherReader).as("%s %s as bo", method, path).isEqualTo(404);
                    softly.assertThat(feedToken).as("%s %s with a feed token", method, path).isEqualTo(404);
                }
                case PROFILE_FEED -> {
                    softly.assertThat(otherReader).as("%s %s as bo", method, path).isEqualTo(404);
                    softly.assertThat(feedToken).as("%s %s with ada's feed token", method, path).isEqualTo(200);
                    softly.assertThat(call(method, path + "?token=" + ADA_FEED, null).statusCode())
                            .as("%s %s with ?token=", method, path).isEqualTo(200);
                }
                case READER -> {
                    softly.assertThat(otherReader).as("%s %s as bo", method, path).isEqualTo(200);
                    softly.assertThat(feedToken).as("%s %s with a feed token", method, path).isEqualTo(403);
                }
                case ADMIN -> {
                    softly.assertThat(otherReader).as("%s %s as bo", method, path).isEqualTo(403);
                    softly.assertThat(call(method, path, bearer(ADA)).statusCode()).as("%s %s as ada", method, path)
                            .isEqualTo(403);
                    softly.assertThat(feedToken).as("%s %s with a feed token", method, path).isEqualTo(403);
                }
                default -> throw new AssertionError(guard);
            }
        }
        softly.assertAll();
        assertThat(api.writer.written).isEmpty();
    }

    @Test
    void signedLinksRefuseForgedAlteredAndExpiredTokensWhateverBearerComesWithThem() throws Exception {
        ActionLinks links = new ActionLinks(TestServer.SIGNING_SECRET);
        String valid = links.sign(new EmailAction("ada", "skipped", POST, NOW.plusSeconds(3600)));
        String forged = new ActionLinks("another-secret-that-is-also-32-chars-long!")
                .sign(new EmailAction("ada", "skipped", POST, NOW.plusSeconds(3600)));
        String otherProfile = valid.replaceFirst("^[^.]+", links.sign(new EmailAction("bo", "skipped", POST,
                NOW.plusSeconds(3600))).split("\\.")[0]);
        String expired = links.sign(new EmailAction("ada", "skipped", POST, NOW.minusSeconds(1)));
        Map<String, Integer> expected = Map.of(forged, 403, otherProfile, 403, valid + "x", 403,
                "not-a-token", 403, expired, 410);
        for (Route route : api.routes()) {
            if (guard(route) != Guard.SIGNED_LINK) {
                continue;
            }
            String method = route.method().name();
            for (var link : expected.entrySet()) {
                for (String authorization : new String[] {null, bearer(ADMIN)}) {
                    HttpResponse<String> refused = call(method, route.path().replace("{token}", link.getKey()),
                            authorization);
                    assertThat(refused.statusCode()).as("%s %s", method, link.getKey()).isEqualTo(link.getValue());
                    assertThat(TestServer.isProblem(refused)).isTrue();
                }
            }
        }
        assertThat(api.writer.written).isEmpty();
        assertThat(api.view.engagementsFor("ada")).isEmpty();
    }

    /**
     * A page needs its session cookie: no cookie, a bearer token instead, garbage, or a cookie whose token does not
     * own the profile, each gets the sign-in page. A write needs the session's own CSRF token as well: another
     * reader's token, or none, is a 403 and writes nothing.
     */
    @Test
    void everyPageRouteNeedsItsSessionAndEveryPageWriteItsCsrfToken() throws Exception {
        String ada = "mf_session=" + new io.mentorfeed.api.web.Session("ada", TestServer.ADA).cookieValue();
        String forged = "mf_session=" + new io.mentorfeed.api.web.Session("ada", BO).cookieValue();
        String boCsrf = new io.mentorfeed.api.web.Session("bo", BO).csrfToken();
        SoftAssertions softly = new SoftAssertions();
        for (Route route : api.routes()) {
            Guard guard = guard(route);
            String method = route.method().name();
            String path = route.path().replace("{id}", "kim");
            if (guard == Guard.PAGE) {
                for (Map<String, String> headers : List.of(Map.<String, String>of(),
                        Map.of("Authorization", bearer(ADMIN)), Map.of("Cookie", "mf_session=garbage"),
                        Map.of("Cookie", forged))) {
                    HttpResponse<String> refused = api.call(method, path, headers, null);
                    softly.assertThat(refused.statusCode()).as("%s %s with %s", method, path, headers).isEqualTo(303);
                    softly.assertThat(refused.headers().firstValue("Location")).as(path).hasValue("/sign-in");
                }
            } else if (guard == Guard.GREADER || guard == Guard.GREADER_LOGIN) {
                // A Google Reader call needs GoogleLogin auth of a token that owns the profile; ClientLogin the
                // profile's (or an admin's) token as Passwd. Bearer tokens and page cookies count for nothing.
                String gpath = path.replace("<stream>", "feed/kim");
                String adaAuth = "GoogleLogin auth=ada/" + java.util.Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(BO.getBytes(StandardCharsets.UTF_8));
                for (Map<String, String> headers : List.of(Map.<String, String>of(),
                        Map.of("Authorization", bearer(ADMIN)), Map.of("Cookie", ada),
                        Map.of("Authorization", adaAuth), Map.of("Authorization", "GoogleLogin auth=garbage"))) {
                    Map<String, String> all = new java.util.HashMap<>(headers);
                    all.put("Content-Type", "application/x-www-form-urlencoded");
                    HttpResponse<String> refused = api.call(method, gpath, all,
                            ("Email=ada&Passwd=" + BO + "&s=feed/kim&i=1&a=user/-/state/com.google/read")
                                    .getBytes(StandardCharsets.UTF_8));
                    softly.assertThat(refused.statusCode()).as("%s %s with %s", method, gpath, headers).isEqualTo(401);
                    softly.assertThat(TestServer.isProblem(refused)).as("%s %s problem", method, gpath).isTrue();
                    softly.assertThat(refused.headers().firstValue("X-Reader-Google-Bad-Token"))
                            .as("%s %s bad-token header", method, gpath).hasValue("true");
                }
            } else if (guard == Guard.PAGE_WRITE || guard == Guard.SIGN_IN) {
                for (Map<String, String> headers : List.of(Map.of("Authorization", bearer(ADMIN)),
                        Map.of("Cookie", forged), Map.of("Cookie", ada), Map.of("Cookie", ada, "X-CSRF-Token", boCsrf))) {
                    Map<String, String> all = new java.util.HashMap<>(headers);
                    all.put("Content-Type", "application/x-www-form-urlencoded");
                    HttpResponse<String> refused = api.call(method, path, all,
                            "profile=ada&token=ada-token".getBytes(StandardCharsets.UTF_8));
                    softly.assertThat(refused.statusCode()).as("%s %s with %s", method, path, headers).isEqualTo(403);
                    softly.assertThat(refused.headers().allValues("Set-Cookie").stream()
                            .noneMatch(c -> c.startsWith("mf_session=") && !c.startsWith("mf_session=;")))
                            .as("%s %s sets no session", method, path).isTrue();
                }
            }
        }
        softly.assertAll();
        assertThat(api.writer.written).isEmpty();
    }

    @Test
    void everyRouteIsClassifiedHereAndThePublicOnesAnswerWithoutAToken() throws Exception {
        for (Route route : api.routes()) {
            if (guard(route) == Guard.PUBLIC) {
                assertThat(call(route.method().name(), route.path(), null).statusCode()).as(route.path())
                        .isEqualTo(200);
            }
        }
        assertThat(api.routes()).hasSize(GUARDS.size());
    }

    private static Guard guard(Route route) {
        // API routes by their path under /api/v1; the page's (and others outside it) as site:/path.
        String path = route.path().startsWith(ApiRoutes.BASE) ? route.path().substring(ApiRoutes.BASE.length())
                : "site:" + route.path();
        String key = route.method().name() + " " + path;
        Guard guard = GUARDS.get(key);
        assertThat(guard).as("route %s is not classified in RouteAccessTest.GUARDS: say who may call it", key)
                .isNotNull();
        return guard;
    }

    private static String concrete(String template) {
        String path = template.startsWith(ApiRoutes.BASE + "/posts/") ? template.replace("{id}", POST)
                : template.startsWith(ApiRoutes.BASE + "/mentors/") ? template.replace("{id}", "kim")
                : template.replace("{id}", "ada");
        return path.replace("{mentorId}", "kim");
    }

    private static HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
        return api.call(method, path, authorization, hasBody ? "application/json" : null,
                hasBody ? "{}".getBytes(StandardCharsets.UTF_8) : null);
    }
}
