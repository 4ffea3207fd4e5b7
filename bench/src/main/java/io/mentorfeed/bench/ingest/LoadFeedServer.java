package io.mentorfeed.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves one {@link FeedMix} as /f/N.xml on a loopback port, in the load run's own JVM. */
final class LoadFeedServer implements AutoCloseable {
    private final HttpServer server;
    final FeedMix mix;

    LoadFeedServer(int feeds, double changeRate, int threads) throws IOException {
        this.mix = new FeedMix(feeds, changeRate);
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
            send(exchange, mix.answer(feed, exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since")));
        }
    }

    /** Writes an answer of a {@link FeedMix}: validators, then the body chunk by chunk (nothing for a 304). */
    static void send(HttpExchange exchange, FeedMix.Answer answer) throws IOException {
        exchange.getResponseHeaders().add("ETag", answer.etag());
        exchange.getResponseHeaders().add("Last-Modified", answer.lastModified());
        if (answer.status() == 304) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(200, answer.length());
        try (OutputStream out = exchange.getResponseBody()) {
            for (byte[] chunk : answer.chunks()) {
                out.write(chunk);
            }
        }
    }

    long requests() {
        return mix.requests();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
