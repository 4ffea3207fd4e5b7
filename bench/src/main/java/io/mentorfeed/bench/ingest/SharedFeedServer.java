package io.mentorfeed.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The one feed server of bench/run, a process of its own so that each tool measured is alone in its process:
 * <ul>
 *   <li>{@code /poll/CLIENT/N.xml}: feed N of a {@link FeedMix} kept per client name (say "newsboat-1000"), so each
 *       tool gets its own all-200 first round and 80%-304 later rounds;</li>
 *   <li>{@code /stats/CLIENT}: that client's requests so far, {@code requests= full= notModified= distinct=}, how
 *       bench/run counts a tool's progress (a peer stopped by its time bound included);</li>
 *   <li>{@code /memory/N.xml}: a fixed feed of 10 entries of its own, for the memory run (10,000 feeds make
 *       100,000 posts), with an ETag.</li>
 * </ul>
 * Arguments: [port=0] [threads=8]. Prints {@code feed-server port=P} once listening, then serves until killed.
 */
public final class SharedFeedServer {
    /** Feeds a client may ask for: /poll/CLIENT/0.xml to /poll/CLIENT/99999.xml. */
    static final int MAX_FEEDS = 100_000;
    static final int MEMORY_ENTRIES = 10;
    private static final String MEMORY_ETAG = "\"m1\"";

    private final Map<String, FeedMix> mixes = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        var feeds = new SharedFeedServer();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/poll/", feeds::poll);
        server.createContext("/stats/", feeds::stats);
        server.createContext("/memory/", feeds::memory);
        server.start();
        System.out.println("feed-server port=" + server.getAddress().getPort());
        new CountDownLatch(1).await();
    }

    private void poll(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/"); // "", "poll", CLIENT, "N.xml"
            int feed = feedNumber(path.length == 4 ? path[3] : "");
            if (feed < 0 || feed >= MAX_FEEDS) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            FeedMix mix = mixes.computeIfAbsent(path[2], client -> new FeedMix(MAX_FEEDS, 0.2));
            var headers = exchange.getRequestHeaders();
            LoadFeedServer.send(exchange, mix.answer(feed, headers.getFirst("If-None-Match"),
                    headers.getFirst("If-Modified-Since")));
        }
    }

    private void stats(HttpExchange exchange) throws IOException {
        try (exchange) {
            FeedMix mix = mixes.get(exchange.getRequestURI().getPath().substring("/stats/".length()));
            String text = mix == null ? "requests=0 full=0 notModified=0 distinct=0\n"
                    : String.format(Locale.ROOT, "requests=%d full=%d notModified=%d distinct=%d%n", mix.requests(),
                    mix.full.sum(), mix.notModified.sum(), mix.firstFetches.sum());
            write(exchange, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void memory(HttpExchange exchange) throws IOException {
        try (exchange) {
            int feed = feedNumber(exchange.getRequestURI().getPath().substring("/memory/".length()));
            if (feed < 0) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", MEMORY_ETAG);
            if (MEMORY_ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            boolean atom = feed % 2 == 1;
            // A size far above 10 entries, so that the entry count ends the document.
            var document = FeedCorpus.document("m" + feed, atom, 64_000, MEMORY_ENTRIES, new SplittableRandom(feed));
            write(exchange, atom ? "application/atom+xml" : "application/rss+xml; charset=utf-8", document.bytes());
        }
    }

    private static void write(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** "123.xml" to 123; -1 for anything else. */
    private static int feedNumber(String name) {
        if (!name.matches("[0-9]{1,9}\\.xml")) {
            return -1;
        }
        return Integer.parseInt(name.substring(0, name.length() - 4));
    }
}
