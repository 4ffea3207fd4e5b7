package io.mentorfeed.ingest.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.CommentThread;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedInfo;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.ParsedFeed;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommentsPollerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration EVERY = Duration.ofHours(1);
    private static final Mentor ADA = new Mentor("ada", "Ada's Workbench", "http://127.0.0.1/feed", SourceKind.BLOG);

    private final IngestConfig config = IngestConfig.builder().allowPrivateAddresses(true).build();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<CommentThread> published = new ArrayList<>();
    private HttpServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/comments/42", "author-replies.xml", "application/rss+xml");
        serve("/comments/43", "nobody-replies.xml", "application/atom+xml");
        server.createContext("/comments/404", exchange -> respond(exchange, 404, new byte[0]));
        server.createContext("/comments/broken", exchange -> respond(exchange, 200, "<rss><chan".getBytes()));
        server.start();
        fetcher = new FeedFetcher(config);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    @Test
    void countsTheMentorsRepliesAndTheOtherCommenters() {
        var watch = new CommentWatch();
        List<CommentThread> threads = poller(5).poll(ADA, watch,
                document(entry("42", "/comments/42", NOW.minus(Duration.ofDays(1))),
                        entry("43", "/comments/43", NOW.minus(Duration.ofDays(2)))), NOW);

        assertThat(threads).containsExactlyInAnyOrder(
                new CommentThread("ada", Ids.postId("ada", "42"), "42", url("/comments/42"), NOW, 6, 2, 3),
                new CommentThread("ada", Ids.postId("ada", "43"), "43", url("/comments/43"), NOW, 4, 0, 3));
        assertThat(published).containsExactlyInAnyOrderElementsOf(threads);
    }

    @Test
    void aThreadIsFetchedAgainOnlyWhenDueAndPublishedAgainOnlyWhenItChanged() {
        var watch = new CommentWatch();
        var poller = poller(5);
        poller.poll(ADA, watch, document(entry("42", "/comments/42", NOW.minus(Duration.ofHours(3)))), NOW);

        assertThat(poller.poll(ADA, watch, null, NOW.plus(Duration.ofMinutes(30)))).isEmpty();
        assertThat(hits.get("/comments/42")).hasValue(1);

        // Due again: a conditional GET, answered 304, publishes nothing.
        assertThat(poller.poll(ADA, watch, null, NOW.plus(EVERY))).isEmpty();
        assertThat(hits.get("/comments/42")).hasValue(2);
        assertThat(published).hasSize(1);
    }

    @Test
    void onlyTheNewestYoungEntriesWithACommentsFeedAreWatched() {
        var watch = new CommentWatch();
        poller(2).poll(ADA, watch, document(
                entry("old", "/comments/43", NOW.minus(Duration.ofDays(8))),
                entry("none", null, NOW.minus(Duration.ofMinutes(5))),
                entry("42", "/comments/42", NOW.minus(Duration.ofHours(1))),
                entry("43", "/comments/43", NOW.minus(Duration.ofHours(2))),
                entry("44", "/comments/404", NOW.minus(Duration.ofHours(3)))), NOW);

        assertThat(watch.threads()).extracting(WatchedThread::entryId).containsExactly("42", "43");
        // A week later they are too old to be worth fetching.
        assertThat(watch.due(NOW.plus(Duration.ofDays(7)), EVERY, config.commentsMaxAge())).isEmpty();
    }

    @Test
    void aFailingCommentsFeedIsLoggedAndTheOthersStillCount() {
        var watch = new CommentWatch();
        List<CommentThread> threads = poller(5).poll(ADA, watch, document(
                entry("44", "/comments/404", NOW.minus(Duration.ofHours(1))),
                entry("45", "/comments/broken", NOW.minus(Duration.ofHours(2))),
                entry("46", "http://169.254.169.254/latest/meta-data", NOW.minus(Duration.ofHours(3))),
                entry("42", "/comments/42", NOW.minus(Duration.ofHours(4)))), NOW);

        assertThat(threads).extracting(CommentThread::entryId).containsExactly("42");
        assertThat(watch.due(NOW.plus(Duration.ofMinutes(1)), EVERY, config.commentsMaxAge())).isEmpty();
    }

    @Test
    void aRefusedPublishIsTriedAgainWhenDue() {
        var watch = new CommentWatch();
        var failing = new CommentsPoller(fetcher, new FeedParser(), threads -> {
            throw new KafkaException("broker gone");
        }, 5, config.commentsMaxAge(), EVERY);
        assertThat(failing.poll(ADA, watch, document(entry("42", "/comments/42", NOW)), NOW)).isEmpty();

        assertThat(poller(5).poll(ADA, watch, null, NOW.plus(Duration.ofSeconds(1))))
                .extracting(CommentThread::mentorReplies).containsExactly(2);
    }

    @Test
    void zeroEntriesTurnsCommentsFeedsOff() {
        assertThat(poller(0).poll(ADA, new CommentWatch(), document(entry("42", "/comments/42", NOW)), NOW))
                .isEmpty();
        assertThat(hits).isEmpty();
    }

    private CommentsPoller poller(int entries) {
        return new CommentsPoller(fetcher, new FeedParser(), published::addAll, entries, config.commentsMaxAge(),
                EVERY);
    }

    private ParsedFeed document(FeedEntry... entries) {
        var feed = new FeedInfo("Ada's Workbench", null, null, "en", null, NOW, null, "rss_2.0", null, null);
        return new ParsedFeed(feed, List.of(entries));
    }

    private FeedEntry entry(String id, String commentsPath, Instant published) {
        String comments = commentsPath == null ? null : commentsPath.startsWith("http") ? commentsPath : url(commentsPath);
        return new FeedEntry(id, "Post " + id, "https://workbench.example/" + id, "Ada Marsh", published, null,
                null, null, List.of(), null, comments, null, List.of(), null);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(String path, String fixture, String type) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
            try (InputStream in = getClass().getResourceAsStream("/comments/" + fixture)) {
                respond(exchange, 200, in.readAllBytes());
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
