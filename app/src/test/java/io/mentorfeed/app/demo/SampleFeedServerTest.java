package io.mentorfeed.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.ingest.comments.CommentCount;
import io.mentorfeed.ingest.comments.MentorNames;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.ParsedFeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleFeedServerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:05Z");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everySampleFeedParsesWithOurParserAndNamesItsEntriesStably() throws Exception {
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 5)) {
            assertThat(server.mentors()).extracting(Mentor::id).containsExactly("ada-writes", "grace-leads", "linus-builds");
            for (Mentor mentor : server.mentors()) {
                HttpResponse<byte[]> response = get(mentor.feedUrl(), null);
                assertThat(response.statusCode()).isEqualTo(200);
                ParsedFeed feed = new FeedParser().parse(response.body(),
                        response.headers().firstValue("Content-Type").orElse(null), URI.create(mentor.feedUrl()));

                assertThat(feed.feed().title()).isEqualTo(mentor.name());
                assertThat(feed.entries()).hasSize(5).allSatisfy(entry -> {
                    assertThat(entry.id()).startsWith("tag:demo.mentorfeed.invalid,2026:" + mentor.id() + "/");
                    assertThat(entry.title()).isNotBlank();
                    assertThat(entry.link()).startsWith(server.baseUrl() + "/posts/" + mentor.id() + "/");
                    assertThat(entry.published()).isBeforeOrEqualTo(NOW);
                });
                assertThat(feed.entries().getFirst().published()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
            }
        }
    }

    @Test
    void theVideoFeedCarriesMediaAndTheBlogCarriesComments() throws Exception {
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 3)) {
            FeedEntry video = parse(server, "linus-builds").entries().getFirst();
            assertThat(video.media()).isNotNull();
            assertThat(video.media().thumbnailUrl()).endsWith(".jpg");
            assertThat(video.media().views()).isPositive();

            FeedEntry post = parse(server, "ada-writes").entries().getFirst();
            assertThat(post.commentsFeedUrl()).contains("/comments/ada-writes/");
            assertThat(post.commentCount()).isNotNull();
            assertThat(post.contentHtml()).contains("<p>");
        }
    }

    @Test
    void theBlogsServeCommentsFeedsWhereAdaAnswersMostReadersAndGraceNone() throws Exception {
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 4)) {
            int adaAnswered = 0;
            int adaReaders = 0;
            ParsedFeed ada = parse(server, "ada-writes");
            for (FeedEntry post : ada.entries()) {
                ParsedFeed comments = parseUrl(post.commentsFeedUrl());
                CommentCount counts = CommentCount.of(comments.entries(),
                        MentorNames.of(post.author(), ada.feed().author(), "Ada Writes"));
                assertThat(post.commentCount()).isEqualTo(counts.comments());
                assertThat(counts.commenters()).isPositive();
                adaAnswered += Math.min(counts.commenters(), counts.mentorReplies());
                adaReaders += counts.commenters();
            }
            assertThat((double) adaAnswered / adaReaders).isGreaterThanOrEqualTo(0.5).isLessThan(1.0);

            ParsedFeed grace = parse(server, "grace-leads");
            assertThat(grace.entries()).allSatisfy(post -> {
                assertThat(post.commentsFeedUrl()).startsWith(server.baseUrl() + "/comments/grace-leads/");
                CommentCount counts = CommentCount.of(parseUrl(post.commentsFeedUrl()).entries(),
                        MentorNames.of(post.author(), grace.feed().author(), "Grace on Leadership"));
                assertThat(counts.mentorReplies()).isZero();
                assertThat(counts.commenters()).isPositive();
            });
        }
    }

    @Test
    void thereAreNoCommentsFeedsForVideosOrPostsNotYetPublished() throws Exception {
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 3)) {
            long next = NOW.getEpochSecond() / 10 + 1;
            assertThat(parse(server, "linus-builds").entries()).allSatisfy(v -> assertThat(v.commentsFeedUrl()).isNull());
            assertThat(get(server.baseUrl() + "/comments/linus-builds/" + (next - 1) + ".xml", null).statusCode())
                    .isEqualTo(404);
            assertThat(get(server.baseUrl() + "/comments/ada-writes/" + next + ".xml", null).statusCode())
                    .isEqualTo(404);
            assertThat(get(server.baseUrl() + "/comments/ada-writes/x.xml", null).statusCode()).isEqualTo(404);
            assertThat(get(server.baseUrl() + "/comments/ada-writes/" + (next - 1) + ".xml", null).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aConditionalGetOfAnUnchangedFeedIsNotModified() throws Exception {
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 3)) {
            String url = server.mentors().getFirst().feedUrl();
            String etag = get(url, null).headers().firstValue("ETag").orElseThrow();
            assertThat(get(url, etag).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void aRestartedServerServesTheSameEntriesAndNewOnesAppearWithTime() throws Exception {
        List<String> before;
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 3)) {
            before = parse(server, "grace-leads").entries().stream().map(FeedEntry::id).toList();
        }
        try (var server = SampleFeedServer.start(Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC), Duration.ofSeconds(10), 3)) {
            List<String> after = parse(server, "grace-leads").entries().stream().map(FeedEntry::id).toList();
            assertThat(after.subList(1, 3)).isEqualTo(before.subList(0, 2));
            assertThat(after.getFirst()).isNotIn(before);
        }
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        try (var server = SampleFeedServer.start(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), 3)) {
            assertThat(get(server.baseUrl() + "/feeds/nobody.xml", null).statusCode()).isEqualTo(404);
            assertThat(get(server.baseUrl() + "/posts/ada-writes/../../etc", null).statusCode()).isEqualTo(404);
            assertThat(get(server.baseUrl() + "/posts/ada-writes/176361720", null).statusCode()).isEqualTo(200);
        }
    }

    private ParsedFeed parse(SampleFeedServer server, String mentorId) throws Exception {
        String url = server.mentors().stream().filter(m -> m.id().equals(mentorId)).findFirst().orElseThrow().feedUrl();
        HttpResponse<byte[]> response = get(url, null);
        return new FeedParser().parse(response.body(), response.headers().firstValue("Content-Type").orElse(null),
                URI.create(url));
    }

    private ParsedFeed parseUrl(String url) throws Exception {
        HttpResponse<byte[]> response = get(url, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return new FeedParser().parse(response.body(), response.headers().firstValue("Content-Type").orElse(null),
                URI.create(url));
    }

    private HttpResponse<byte[]> get(String url, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
