package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Post;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ETags of the digest and the reading list: from the profile's version in the view, 304 while it holds. */
class ConditionalReadsTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final String POST = Ids.postId("kim", "ama");
    private static final List<String> READS = List.of("/api/v1/profiles/ada/digest",
            "/api/v1/profiles/ada/digest?date=2026-03-07", "/api/v1/profiles/ada/reading-list",
            "/api/v1/profiles/ada/reading-list?status=all&limit=5");

    private MaterializedView view;
    private TestServer api;

    @BeforeEach
    void start() {
        view = new MaterializedView();
        view.putProfile("ada", DigestFixtures.profile("ada", "UTC"));
        view.putProfile("bo", DigestFixtures.profile("bo", "UTC"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim Lee"));
        view.putRecommendation("ada/" + POST, DigestFixtures.rec("ada", POST, "kim", Action.RESPOND_NOW,
                NOW.minusSeconds(3600), 0.9));
        api = new TestServer(view, NOW);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aSecondReadWithTheEtagIs304WithNoBodyAndTheSameHeaders() throws Exception {
        for (String path : READS) {
            HttpResponse<String> first = get(path, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).startsWith("W/\"");

            HttpResponse<String> again = get(path, etag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
            assertThat(again.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-cache");
            assertThat(get(path, "\"other\", " + etag.substring(2)).statusCode()).as("strong form in a list")
                    .isEqualTo(304);
        }
    }

    @Test
    void eachQueryHasItsOwnEtag() throws Exception {
        String all = etag("/api/v1/profiles/ada/reading-list?status=all");
        String unread = etag("/api/v1/profiles/ada/reading-list?status=unread");

        assertThat(all).isNotEqualTo(unread);
        assertThat(get("/api/v1/profiles/ada/reading-list?status=unread", all).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewRecommendationOrEngagementForTheProfileChangesTheEtag() throws Exception {
        Map<String, String> before = etags();
        String other = Ids.postId("kim", "launch");
        view.putRecommendation("ada/" + other, DigestFixtures.rec("ada", other, "kim", Action.READ,
                NOW.minusSeconds(600), 0.5));
        Map<String, String> afterRecommendation = etags();
        view.addEngagement("ada", new Engagement("eng-1", "ada", POST, "kim", Engagement.Kind.READ, NOW, null));
        Map<String, String> afterEngagement = etags();

        for (String path : READS) {
            assertThat(afterRecommendation.get(path)).as(path).isNotEqualTo(before.get(path));
            assertThat(afterEngagement.get(path)).as(path).isNotEqualTo(afterRecommendation.get(path));
            assertThat(get(path, before.get(path)).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aNewRevisionOfAPostTheProfileIsRecommendedChangesTheEtag() throws Exception {
        Map<String, String> before = etags();
        view.putPost(POST, new Post(POST, "kim", "ama", "Ask me anything, again", "https://kim.example.org/ama",
                "Kim", NOW.minusSeconds(3600), null, "s", "t", "en", 1, List.of(), List.of(), List.of(), null, null,
                0, List.of(), NOW, 2, "h2"));

        assertThat(etags()).allSatisfy((path, etag) -> assertThat(etag).as(path).isNotEqualTo(before.get(path)));
    }

    @Test
    void anotherProfilesChangesAndOtherPostsLeaveTheEtagAlone() throws Exception {
        Map<String, String> before = etags();
        String bos = Ids.postId("kim", "for-bo");
        view.putRecommendation("bo/" + bos, DigestFixtures.rec("bo", bos, "kim", Action.READ, NOW, 0.5));
        view.addEngagement("bo", new Engagement("eng-2", "bo", bos, "kim", Engagement.Kind.READ, NOW, null));
        view.putPost(bos, new Post(bos, "kim", "for-bo", "Bo's", "https://kim.example.org/bo", "Kim", NOW, null,
                "s", "t", "en", 1, List.of(), List.of(), List.of(), null, null, 0, List.of(), NOW, 1, "h"));

        assertThat(etags()).isEqualTo(before);
    }

    @Test
    void anotherProfilesReadIsRefusedBeforeAnyValidatorIsLookedAt() throws Exception {
        HttpResponse<String> response = get("/api/v1/profiles/bo/digest", "*");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("ETag").orElse("")).doesNotStartWith("W/");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aSnoozeRunningOutChangesTheReadingListsValidator() {
        view.addEngagement("ada", new Engagement("eng-3", "ada", POST, "kim", Engagement.Kind.SNOOZED, NOW,
                NOW.plus(Duration.ofHours(1))));
        var readingLists = new io.mentorfeed.api.readinglist.ReadingListService(view);
        var digests = new io.mentorfeed.api.digest.DigestService(view, 3, 10);

        assertThat(readingLists.validator("ada", NOW)).isEqualTo(readingLists.validator("ada", NOW.plusSeconds(60)));
        assertThat(readingLists.validator("ada", NOW.plus(Duration.ofHours(2))))
                .isNotEqualTo(readingLists.validator("ada", NOW));
        assertThat(digests.validator("ada", null, NOW)).as("same local day")
                .isEqualTo(digests.validator("ada", null, NOW.plus(Duration.ofHours(10))));
        assertThat(digests.validator("ada", null, NOW.plus(Duration.ofHours(11)))).as("the next day")
                .isNotEqualTo(digests.validator("ada", null, NOW));
        assertThat(digests.validator("nobody", null, NOW)).isEmpty();
    }

    private Map<String, String> etags() throws Exception {
        Map<String, String> etags = new java.util.LinkedHashMap<>();
        for (String path : READS) {
            etags.put(path, etag(path));
        }
        return etags;
    }

    private String etag(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        return ifNoneMatch == null ? api.call("GET", path, bearer(ADA))
                : api.call("GET", path, Map.of("Authorization", bearer(ADA), "If-None-Match", ifNoneMatch), null);
    }
}
