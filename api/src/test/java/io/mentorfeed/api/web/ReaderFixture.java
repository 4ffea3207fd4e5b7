package io.mentorfeed.api.web;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.ApiService;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reader, ada (Paris), following two mentors with six posts of today, one in each digest section and one whose
 * title is hostile markup, written to a real cluster's topics; and an API service on a free port reading them,
 * with tokens for ada and an admin. What the browser and newsboat tests drive.
 */
final class ReaderFixture {
    static final String ADMIN = "admin-token-of-the-it";
    static final String ADA = "ada-token-of-the-it";
    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned=1;alert(1)\">Launch "
            + "<script>window.__pwned=2;alert(2)</script>day";
    static final String ASK = Ids.postId("kim", "ask");
    static final String TALK = Ids.postId("kim", "talk");
    static final String LATER = Ids.postId("kim", "later");
    static final String HOSTILE = Ids.postId("lin", "launch");
    static final String BABY = Ids.postId("lin", "baby");
    static final String ESSAY = Ids.postId("lin", "essay");
    static final List<String> ALL = List.of(ASK, TALK, LATER, HOSTILE, BABY, ESSAY);

    private ReaderFixture() {}

    static void seed(KafkaCluster kafka) {
        kafka.createTopics(Topics.ALL);
        kafka.send(Topics.PROFILES, Map.of("ada", new Profile("ada", "Ada", null, ZoneId.of("Europe/Paris"), 7,
                List.of("career"), List.of("kim", "lin"))));
        kafka.send(Topics.MENTORS, Map.of(
                "kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed.xml", "https://kim.example.org/",
                        SourceKind.BLOG, List.of(), false),
                "lin", new Mentor("lin", "Lin Ortiz", "https://lin.example.org/feed.xml", null, SourceKind.VIDEO,
                        List.of(), false)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Post> posts = new HashMap<>();
        Map<String, Recommendation> recs = new HashMap<>();
        add(posts, recs, "kim", ASK, "What would you ask your younger self?", Action.RESPOND_NOW, now, 30, 0.9);
        add(posts, recs, "kim", TALK, "I speak in Lyon next month", Action.READ, now, 50, 0.5, Signal.Kind.EVENT);
        add(posts, recs, "kim", LATER, "A second question for you", Action.RESPOND_LATER, now, 70, 0.6);
        add(posts, recs, "lin", HOSTILE, HOSTILE_TITLE, Action.RESPOND_NOW, now, 40, 0.8);
        add(posts, recs, "lin", BABY, "We had a baby", Action.READ, now, 60, 0.4, Signal.Kind.PERSONAL_NEWS);
        add(posts, recs, "lin", ESSAY, "An essay on habits", Action.READ, now, 80, 0.3);
        kafka.send(Topics.POSTS, posts);
        kafka.send(Topics.RECOMMENDATIONS, recs);
    }

    private static void add(Map<String, Post> posts, Map<String, Recommendation> recs, String mentor, String postId,
                            String title, Action action, Instant now, int minutesAgo, double score,
                            Signal.Kind... signals) {
        Instant published = now.minus(Duration.ofMinutes(minutesAgo));
        String link = "https://" + mentor + ".example.org/" + postId;
        posts.put(postId, new Post(postId, mentor, postId, title, link, null, published, null,
                "A short summary of " + postId + ".", "The text of " + postId + ".\n\nIts second paragraph.", "en",
                3, List.of(), List.of("career"), List.of(), null, null, 4, List.of(), published, 1, "h-" + postId));
        List<Signal> found = java.util.Arrays.stream(signals).map(k -> new Signal(k, "evidence")).toList();
        recs.put("ada/" + postId, new Recommendation("ada", postId, mentor, mentor, title, link, published, action,
                new ResponseWindow(published, published.plus(Duration.ofHours(6)), published.plus(Duration.ofDays(3))),
                action == Action.RESPOND_LATER ? now.plus(Duration.ofHours(3)) : null, score,
                List.of("Why: " + action.wireName() + " for " + postId), List.of("career"), found, now, false));
    }

    static ApiService start(KafkaCluster kafka) {
        ApiConfig config = ApiConfig.defaults().withPort(0)
                .withTokens(List.of(Ids.sha256Hex(ADMIN)), Map.of("ada", List.of(Ids.sha256Hex(ADA))), Map.of())
                .withDiscoveryAllowPrivate(true);
        ApiService service = new ApiService(config, kafka.clientProperties());
        service.start();
        return service;
    }
}
