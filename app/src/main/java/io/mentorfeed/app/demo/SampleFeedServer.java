package io.mentorfeed.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the demo's sample mentors' feeds on loopback only. Each mentor "publishes" a post every
 * {@code publishEvery}: posts are derived from the clock, so a restarted demo serves the same entries with the same
 * ids. Feeds answer conditional GETs with 304, as a well-behaved server does. The blogs' posts have comments feeds
 * ({@link SampleComments}) at /comments/{mentor}/{slot}.xml.
 */
public final class SampleFeedServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SampleFeedServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final Duration publishEvery;
    private final int postsPerFeed;

    private SampleFeedServer(HttpServer server, ExecutorService executor, Clock clock, Duration publishEvery,
                             int postsPerFeed) {
        this.server = server;
        this.executor = executor;
        this.clock = clock;
        this.publishEvery = publishEvery;
        this.postsPerFeed = postsPerFeed;
    }

    public static SampleFeedServer start(Clock clock, Duration publishEvery, int postsPerFeed) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("sample-feeds-", 0).daemon().factory());
            var feeds = new SampleFeedServer(server, executor, clock, publishEvery, postsPerFeed);
            server.createContext("/feeds/", feeds::serveFeed);
            server.createContext("/posts/", feeds::servePost);
            server.createContext("/comments/", feeds::serveComments);
            server.createContext("/", exchange -> feeds.respond(exchange, 404, "text/plain", "not found"));
            server.setExecutor(executor);
            server.start();
            log.info("sample feed server started url={} mentors={}", feeds.baseUrl(), SampleMentor.ALL.size());
            return feeds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sample feed server on loopback", e);
        }
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The sample mentors as registry records, pointing at this server's feeds. */
    public List<Mentor> mentors() {
        return SampleMentor.ALL.stream()
                .map(m -> new Mentor(m.id(), m.name(), baseUrl() + "/feeds/" + m.id() + ".xml",
                        baseUrl() + "/mentors/" + m.id(), m.kind(), List.of(), false))
                .toList();
    }

    private void serveFeed(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/feeds/".length());
        Optional<SampleMentor> mentor = name.endsWith(".xml") ? find(name.substring(0, name.length() - 4)) : Optional.empty();
        if (mentor.isEmpty()) {
            respond(exchange, 404, "text/plain", "no such feed");
            return;
        }
        String body = SampleFeedWriter.write(mentor.get(), baseUrl(), items(mentor.get()));
        String etag = "\"" + Ids.sha256Hex(body).substring(0, 20) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Cache-Control", "max-age=" + publishEvery.toSeconds());
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        String type = mentor.get().format() == SampleMentor.Format.RSS ? "application/rss+xml" : "application/atom+xml";
        respond(exchange, 200, type + "; charset=utf-8", body);
    }

    private void servePost(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        Optional<SampleMentor> mentor = parts.length == 4 ? find(parts[2]) : Optional.empty();
        if (mentor.isEmpty() || !parts[3].matches("\\d{1,12}")) {
            respond(exchange, 404, "text/plain", "no such post");
            return;
        }
        SamplePost post = postAt(mentor.get(), Long.parseLong(parts[3]));
        respond(exchange, 200, "text/html; charset=utf-8",
                "<!doctype html><title>" + SampleFeedWriter.escape(post.title()) + "</title><h1>"
                        + SampleFeedWriter.escape(post.title()) + "</h1>" + SampleFeedWriter.html(post));
    }

    private void serveComments(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        Optional<SampleMentor> mentor = parts.length == 4 ? find(parts[2]) : Optional.empty();
        if (mentor.isEmpty() || mentor.get().format() == SampleMentor.Format.YOUTUBE
                || !parts[3].matches("\\d{1,12}\\.xml")) {
            respond(exchange, 404, "text/plain", "no such comments feed");
            return;
        }
        long slot = Long.parseLong(parts[3].substring(0, parts[3].length() - 4));
        Instant published = Instant.ofEpochSecond(slot * publishEvery.toSeconds());
        if (published.isAfter(clock.instant())) {
            respond(exchange, 404, "text/plain", "not published yet");
            return;
        }
        String body = SampleComments.write(mentor.get(), postAt(mentor.get(), slot).title(),
                SampleFeedWriter.postUrl(mentor.get(), baseUrl(), slot),
                SampleComments.of(mentor.get(), slot, published));
        respond(exchange, 200, "application/rss+xml; charset=utf-8", body);
    }

    List<SampleFeedWriter.Item> items(SampleMentor mentor) {
        long every = publishEvery.toSeconds();
        long latest = clock.instant().getEpochSecond() / every;
        List<SampleFeedWriter.Item> items = new ArrayList<>(postsPerFeed);
        for (long slot = latest; slot > latest - postsPerFeed; slot--) {
            items.add(new SampleFeedWriter.Item(slot, Instant.ofEpochSecond(slot * every), postAt(mentor, slot)));
        }
        return items;
    }

    private static SamplePost postAt(SampleMentor mentor, long slot) {
        return SamplePost.ALL.get((int) ((slot + mentor.offset()) % SamplePost.ALL.size()));
    }

    private static Optional<SampleMentor> find(String id) {
        return SampleMentor.ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
