package io.mentorfeed.ingest.fetch;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.IngestConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {
    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private static final int MAX_BODY = 64 * 1024;

    private final IngestConfig config = IngestConfig.builder().groupId("test").initialPollSpread(Duration.ZERO)
            .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofMillis(700)).maxBodyBytes(MAX_BODY).maxConcurrentFetches(4)
            .userAgent("mentorfeed-test/1").withoutComments().fullText(FullTextConfig.off())
            .allowPrivateAddresses(true).build();
    private final CountDownLatch releaseSlowHandlers = new CountDownLatch(1);
    private final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        fetcher = new FeedFetcher(config);
    }

    @AfterEach
    void stop() {
        releaseSlowHandlers.countDown();
        fetcher.close();
        server.stop(0);
    }

    @Test
    void sendsValidatorsBackAndTreats304AsNotModified() {
        serve("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 03 Mar 2026 08:00:00 GMT");
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            respond(exchange, 200, FEED);
        });

        var first = (FetchResult.Fetched) fetcher.fetch(url("/feed"), Validators.none());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(FEED);
        assertThat(first.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Tue, 03 Mar 2026 08:00:00 GMT"));

        FetchResult second = fetcher.fetch(url("/feed"), first.validators());
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        assertThat(second.status()).isEqualTo(304);
        var conditional = requests.get(1).getRequestHeaders();
        assertThat(conditional.getFirst("If-Modified-Since")).isEqualTo("Tue, 03 Mar 2026 08:00:00 GMT");
        assertThat(conditional.getFirst("User-Agent")).isEqualTo("mentorfeed-test/1");
        assertThat(conditional.getFirst("Accept")).contains("application/rss+xml", "application/atom+xml");
    }

    @Test
    void gzipBodyIsDecompressed() {
        serve("/gz", exchange -> {
            assertThat(exchange.getRequestHeaders().getFirst("Accept-Encoding")).isEqualTo("gzip");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, gzip(FEED));
        });

        var result = (FetchResult.Fetched) fetcher.fetch(url("/gz"), Validators.none());

        assertThat(result.body()).isEqualTo(FEED);
    }

    @Test
    void gzipBombIsCutOffAtTheLimit() {
        byte[] bomb = gzip(new byte[50 * MAX_BODY]); // 3.2 MiB of zeros, a few KiB on the wire
        assertThat(bomb.length).isLessThan(MAX_BODY);
        serve("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, bomb);
        });

        FetchResult result = fetcher.fetch(url("/bomb"), Validators.none());

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> {
            assertThat(failed.errorClass()).isEqualTo("too-large");
            assertThat(failed.reason()).contains("decompressed body exceeds the limit of " + MAX_BODY);
        });
    }

    @Test
    void plainBodyOverTheLimitIsRefused() {
        serve("/huge", exchange -> respond(exchange, 200, new byte[MAX_BODY + 1]));

        assertThat(fetcher.fetch(url("/huge"), Validators.none())).isInstanceOfSatisfying(FetchResult.Failed.class,
                failed -> assertThat(failed.errorClass()).isEqualTo("too-large"));
    }

    @Test
    void slowServerTimesOut() {
        serve("/slow", exchange -> {
            awaitRelease();
            respond(exchange, 200, FEED);
        });

        FetchResult result = fetcher.fetch(url("/slow"), Validators.none());

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class,
                failed -> assertThat(failed.errorClass()).isEqualTo("timeout"));
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void bodyTricklingPastTheDeadlineTimesOut() {
        serve("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(FEED, 0, 10);
            exchange.getResponseBody().flush();
            awaitRelease();
            exchange.close();
        });

        assertThat(fetcher.fetch(url("/trickle"), Validators.none())).isInstanceOfSatisfying(
                FetchResult.Failed.class, failed -> assertThat(failed.errorClass()).isEqualTo("timeout"));
    }

    @Test
    void httpErrorsAreClassified() {
        serve("/boom", exchange -> respond(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8)));
        serve("/gone", exchange -> respond(exchange, 404, new byte[0]));

        assertThat(fetcher.fetch(url("/boom"), Validators.none())).isInstanceOfSatisfying(FetchResult.Failed.class,
                failed -> {
                    assertThat(failed.errorClass()).isEqualTo("http-5xx");
                    assertThat(failed.status()).isEqualTo(500);
                });
        assertThat(fetcher.fetch(url("/gone"), Validators.none())).isInstanceOfSatisfying(FetchResult.Failed.class,
                failed -> assertThat(failed.errorClass()).isEqualTo("http-4xx"));
    }

    @Test
    void redirectsAreFollowed() {
        serve("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new");
            respond(exchange, 301, new byte[0]);
        });
        serve("/new", exchange -> respond(exchange, 200, FEED));

        var result = (FetchResult.Fetched) fetcher.fetch(url("/old"), Validators.none());

        assertThat(result.finalUrl()).isEqualTo(url("/new"));
        assertThat(result.body()).isEqualTo(FEED);
    }

    @Test
    void refusedConnectionAndBadUrlsAreClassified() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/feed"), Validators.none()))
                .isInstanceOfSatisfying(FetchResult.Failed.class, failed -> {
                    assertThat(failed.errorClass()).isEqualTo("connect");
                    assertThat(failed.reason()).contains("127.0.0.1:" + closedPort);
                });
        assertThat(fetcher.fetch("not a url", Validators.none())).isInstanceOfSatisfying(FetchResult.Failed.class,
                failed -> assertThat(failed.errorClass()).isEqualTo("bad-url"));
        assertThat(fetcher.fetch(URI.create("ftp://example.org/feed"), Validators.none()))
                .isInstanceOfSatisfying(FetchResult.Failed.class,
                        failed -> assertThat(failed.errorClass()).isEqualTo("bad-url"));
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange);
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
    }

    private void awaitRelease() {
        try {
            releaseSlowHandlers.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] gzip(byte[] data) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
