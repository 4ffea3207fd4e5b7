package io.mentorfeed.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Serves /f/N.xml for N feeds of about 55 KB (RSS 2.0 and Atom alternating) with an ETag per version. On each
 * request a feed gains a new item with probability changeRate (FIGURES.md: 20%), and is then answered 200; else a
 * conditional request with the current ETag gets a 304. Bodies are built once per version, not per request.
 */
final class LoadFeedServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicIntegerArray versions;
    private final double changeRate;
    private final String[] templates = new String[2];
    private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();
    final LongAdder full = new LongAdder();
    final LongAdder notModified = new LongAdder();
    final LongAdder firstFetches = new LongAdder();
    private final AtomicIntegerArray fetched;

    LoadFeedServer(int feeds, double changeRate, int threads) throws IOException {
        this.versions = new AtomicIntegerArray(feeds);
        this.fetched = new AtomicIntegerArray(feeds);
        this.changeRate = changeRate;
        templates[0] = new String(FeedCorpus.document("load", false, 55_000, new SplittableRandom(1)).bytes(),
                StandardCharsets.UTF_8);
        templates[1] = new String(FeedCorpus.document("load", true, 55_000, new SplittableRandom(2)).bytes(),
                StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/f/", this::serve);
        server.start();
    }

    String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/f/" + feed + ".xml";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int feed = Integer.parseInt(path.substring(3, path.length() - 4));
            if (fetched.getAndSet(feed, 1) == 0) {
                firstFetches.increment();
            }
            int version = versions.get(feed);
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (sent != null && sent.equals(etag(version))) {
                if (ThreadLocalRandom.current().nextDouble() >= changeRate) {
                    notModified.increment();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                version = versions.incrementAndGet(feed);
            }
            byte[] body = body(feed % 2 == 1, version);
            exchange.getResponseHeaders().add("ETag", etag(version));
            exchange.getResponseHeaders().add("Content-Type", feed % 2 == 1 ? "application/atom+xml"
                    : "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            full.increment();
        }
    }

    /** The template with one extra newest item per version, so each version brings one new entry. */
    private byte[] body(boolean atom, int version) {
        return bodies.computeIfAbsent(version * 2 + (atom ? 1 : 0), key -> {
            String template = templates[atom ? 1 : 0];
            int at = template.indexOf(atom ? "<entry>" : "<item>");
            String item = atom
                    ? "<entry><title>Version " + version + "</title><id>urn:load:v" + version + "</id>"
                    + "<updated>2026-11-21T09:00:00Z</updated></entry>"
                    : "<item><title>Version " + version + "</title><guid>load-v" + version + "</guid></item>";
            return (template.substring(0, at) + item + template.substring(at)).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static String etag(int version) {
        return "\"v" + version + "\"";
    }

    long requests() {
        return full.sum() + notModified.sum();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
