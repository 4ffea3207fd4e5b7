package io.mentorfeed.ingest.fetch;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.IngestMetrics;
import io.mentorfeed.model.InternalAddresses;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirect limits, Retry-After, private addresses, per-host limits and freshness, against a real local server. */
class FeedFetcherPolitenessTest {
    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private final IngestConfig config = IngestConfig.builder().groupId("test").initialPollSpread(Duration.ZERO)
            .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(64 * 1024).maxConcurrentFetches(4)
            .userAgent("mentorfeed-test/1").withoutComments().fullText(FullTextConfig.off())
            .allowPrivateAddresses(true).build();
    private HttpServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        fetcher = new FeedFetcher(config);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    @Test
    void redirectLoopEndsAfterTheLimit() {
        AtomicInteger hops = new AtomicInteger();
        serve("/a", exchange -> redirect(exchange, hops, "/b"));
        serve("/b", exchange -> redirect(exchange, hops, "/a"));

        assertThat(fetcher.fetch(url("/a"), Validators.none())).isInstanceOfSatisfying(FetchResult.Failed.class,
                failed -> {
                    assertThat(failed.errorClass()).isEqualTo("redirects");
                    assertThat(failed.reason()).startsWith("more than 5 redirects");
                });
        assertThat(hops.get()).isEqualTo(6);
    }

    @Test
    void conditionalHeadersFollowARedirect() {
        serve("/moved", exchange -> redirect(exchange, new AtomicInteger(), "/feed"));
        serve("/feed", exchange -> respond(exchange,
                "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match")) ? 304 : 200, FEED));

        assertThat(fetcher.fetch(url("/moved"), new Validators("\"v1\"", null)))
                .isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        serve("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            respond(exchange, 429, new byte[0]);
        });
        String inTwoHours = ZonedDateTime.now(ZoneOffset.UTC).plusHours(2).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        serve("/down", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", inTwoHours);
            respond(exchange, 503, new byte[0]);
        });
        serve("/error", exchange -> respond(exchange, 500, new byte[0]));

        var busy = (FetchResult.Failed) fetcher.fetch(url("/busy"), Validators.none());
        var down = (FetchResult.Failed) fetcher.fetch(url("/down"), Validators.none());
        var error = (FetchResult.Failed) fetcher.fetch(url("/error"), Validators.none());

        assertThat(busy.errorClass()).isEqualTo("http-4xx");
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(down.errorClass()).isEqualTo("http-5xx");
        assertThat(down.retryAfter()).isBetween(Duration.ofMinutes(118), Duration.ofMinutes(120));
        assertThat(error.retryAfter()).isNull();
    }

    @Test
    void aRedirectToAnInternalAddressIsRefusedAtThatHop() {
        AtomicInteger hops = new AtomicInteger();
        serve("/to-metadata", exchange -> redirect(exchange, hops, "http://169.254.169.254/latest/meta-data/"));
        serve("/to-private", exchange -> redirect(exchange, hops, "http://10.1.2.3/feed.xml"));
        serve("/to-loopback", exchange -> redirect(exchange, hops, "http://[::1]:1/feed.xml"));
        // The test server's own address stands for a public host; every other internal address is refused.
        var strict = new FeedFetcher(config.toBuilder().allowPrivateAddresses(false).build(), IngestMetrics.discarding(),
                new AddressGuard(address -> InternalAddresses.isInternal(address)
                        && !address.getHostAddress().equals("127.0.0.1")));
        try {
            for (String path : List.of("/to-metadata", "/to-private", "/to-loopback")) {
                assertThat(strict.fetch(url(path), Validators.none())).as(path).isInstanceOfSatisfying(
                        FetchResult.Failed.class, failed -> {
                            assertThat(failed.errorClass()).isEqualTo("private-address");
                            assertThat(failed.reason()).contains("internal address");
                        });
            }
            assertThat(hops).as("each first hop answered, no internal one requested").hasValue(3);
        } finally {
            strict.close();
        }
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        serve("/feed", exchange -> respond(exchange, 200, FEED));
        var strict = new FeedFetcher(config.toBuilder().allowPrivateAddresses(false).build());
        try {
            assertThat(strict.fetch(url("/feed"), Validators.none())).isInstanceOfSatisfying(
                    FetchResult.Failed.class, failed -> {
                        assertThat(failed.errorClass()).isEqualTo("private-address");
                        assertThat(failed.reason()).contains("127.0.0.1");
                    });
            assertThat(strict.fetch(URI.create("http://169.254.169.254/latest/meta-data/"), Validators.none()))
                    .isInstanceOfSatisfying(FetchResult.Failed.class,
                            failed -> assertThat(failed.errorClass()).isEqualTo("private-address"));
            assertThat(strict.fetch(URI.create("http://[::1]:1/feed"), Validators.none()))
                    .isInstanceOfSatisfying(FetchResult.Failed.class,
                            failed -> assertThat(failed.errorClass()).isEqualTo("private-address"));
        } finally {
            strict.close();
        }
        assertThat(fetcher.fetch(url("/feed"), Validators.none())).isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void noMoreThanTheLimitOfRequestsReachOneHostAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(4);
        serve("/slow", exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            enough.countDown();
            try {
                enough.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            respond(exchange, 200, FEED);
        });
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> fetcher.fetch(url("/slow"), Validators.none())));
            }
            for (Future<FetchResult> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isInstanceOf(FetchResult.Fetched.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(config.maxConcurrentPerHost());
    }

    @Test
    void cacheControlAndExpiresTellHowLongTheFeedStaysFresh() {
        serve("/cached", exchange -> {
            exchange.getResponseHeaders().add("Cache-Control", "public, max-age=1800");
            respond(exchange, 200, FEED);
        });
        serve("/expires", exchange -> {
            exchange.getResponseHeaders().add("Expires", ZonedDateTime.now(ZoneOffset.UTC).plusHours(1)
                    .format(DateTimeFormatter.RFC_1123_DATE_TIME));
            respond(exchange, 200, FEED);
        });
        serve("/nocache", exchange -> {
            exchange.getResponseHeaders().add("Cache-Control", "no-cache, max-age=600");
            respond(exchange, 200, FEED);
        });

        assertThat(((FetchResult.Fetched) fetcher.fetch(url("/cached"), Validators.none())).freshFor())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(((FetchResult.Fetched) fetcher.fetch(url("/expires"), Validators.none())).freshFor())
                .isBetween(Duration.ofMinutes(58), Duration.ofMinutes(60));
        assertThat(((FetchResult.Fetched) fetcher.fetch(url("/nocache"), Validators.none())).freshFor()).isNull();
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
    }

    private static void redirect(HttpExchange exchange, AtomicInteger hops, String to) throws IOException {
        hops.incrementAndGet();
        exchange.getResponseHeaders().add("Location", to);
        respond(exchange, 302, new byte[0]);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 || status == 304 ? -1 : body.length);
        if (body.length > 0 && status != 304) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
