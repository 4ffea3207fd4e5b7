package io.mentorfeed.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.Ids;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local server of RSS feeds growing on a {@link FeedTimetable}: feed {@code m<i>} shows a few entries, then one
 * more at every turn of the timetable. It is the suite's source of truth: an entry is published once its time has
 * come, whatever ingest was doing then. Like a real feed it lists only its newest {@value #WINDOW} entries, with an
 * ETag per version. Every entry is a plain essay (no question, no event, no news, never edited): the processor has
 * no reason to emit its post or recommendation twice.
 */
final class GrowingFeeds implements AutoCloseable {
    static final int WINDOW = 50;
    private static final int INITIAL = 5;

    /** One entry a feed has shown; its post id is the one the processor must give it. */
    record PublishedEntry(String mentorId, String entryId) {
        String postId() {
            return Ids.postId(mentorId, entryId);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final int feeds;
    private final FeedTimetable timetable;

    private GrowingFeeds(HttpServer server, int feeds, FeedTimetable timetable) {
        this.server = server;
        this.feeds = feeds;
        this.timetable = timetable;
    }

    /**
     * Serves the feeds at their first entries; {@link #beginPublishing} starts the growth.
     *
     * @param minimumEntries each feed has at least this many entries when the growth ends
     * @param minimumTime    the growth from the first entries to the minimum takes this long
     */
    static GrowingFeeds start(int feeds, int minimumEntries, Duration minimumTime) {
        var timetable = new FeedTimetable(feeds, INITIAL, minimumEntries,
                minimumTime.dividedBy(Math.max(1, minimumEntries - INITIAL)), System.currentTimeMillis());
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var growing = new GrowingFeeds(server, feeds, timetable);
            server.createContext("/", growing::serve);
            server.setExecutor(growing.executor);
            server.start();
            return growing;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the feed server", e);
        }
    }

    List<String> mentorIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < feeds; i++) {
            ids.add("m" + i);
        }
        return ids;
    }

    String feedUrl(String mentorId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + mentorId + ".xml";
    }

    void beginPublishing() {
        timetable.begin(System.currentTimeMillis());
    }

    /** The feeds stop growing now, or once each has its minimum of entries. */
    void finishPublishing() {
        timetable.finish(System.currentTimeMillis());
    }

    boolean stillPublishing() {
        return timetable.growing(System.currentTimeMillis());
    }

    /** Every entry shown so far, by any feed. */
    List<PublishedEntry> published() {
        long now = System.currentTimeMillis();
        List<PublishedEntry> entries = new ArrayList<>();
        for (int i = 0; i < feeds; i++) {
            for (int k = 1; k <= timetable.visible(i, now); k++) {
                entries.add(new PublishedEntry("m" + i, FeedDocument.entryId(i, k)));
            }
        }
        return entries;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(1).replace(".xml", "");
            int feed = name.matches("m\\d+") ? Integer.parseInt(name.substring(1)) : -1;
            if (feed < 0 || feed >= feeds) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int visible = timetable.visible(feed, System.currentTimeMillis());
            String etag = "\"" + name + "-v" + visible + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String site = "http://127.0.0.1:" + server.getAddress().getPort() + "/site/" + name;
            byte[] body = FeedDocument.rss(site, feed, visible, WINDOW, k -> timetable.revealedAt(feed, k))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
