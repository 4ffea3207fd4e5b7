package io.mentorfeed.ingest.fetch;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.ingest.IngestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feed servers that misbehave below HTTP's good manners: connections reset, bodies cut short, 10 MB of junk, a
 * protocol that is not HTTP, an ETag that changes on every request. Each poll ends as a classified failure (or, for
 * the ETags, a plain 200) within the request timeout, and the fetcher serves the next feed as before. Timeouts,
 * endless redirects and 429 with Retry-After: FeedFetcherTest and FeedFetcherPolitenessTest.
 */
class MisbehavingFeedServersTest {
    private static final byte[] FEED = ("<rss version=\"2.0\"><channel><title>t</title><item><guid>a</guid></item>"
            + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    private static final int MAX_BODY = 8 * 1024 * 1024;

    private final IngestConfig config = IngestConfig.builder().groupId("test").initialPollSpread(Duration.ZERO)
            .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(3)).maxBodyBytes(MAX_BODY).maxConcurrentFetches(4)
            .userAgent("mentorfeed-test/1").withoutComments().fullText(FullTextConfig.off())
            .allowPrivateAddresses(true).build();
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private ServerSocket raw;
    private Thread rawThread;
    private volatile RawHandler rawHandler;
    private HttpServer http;
    private FeedFetcher fetcher;

    @FunctionalInterface
    private interface RawHandler {
        void handle(Socket socket, OutputStream out) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        raw = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        rawThread = Thread.ofVirtual().start(this::acceptRaw);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger version = new AtomicInteger();
        http.createContext("/flapping-etag", exchange -> {
            ifNoneMatch.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
            exchange.getResponseHeaders().add("ETag", "\"v" + version.incrementAndGet() + "\"");
            exchange.sendResponseHeaders(200, FEED.length);
            exchange.getResponseBody().write(FEED);
            exchange.close();
        });
        http.createContext("/junk", exchange -> {
            boolean chunked = exchange.getRequestURI().getQuery() != null;
            exchange.sendResponseHeaders(200, chunked ? 0 : 10_000_000);
            byte[] junk = new byte[64 * 1024];
            new Random(8).nextBytes(junk);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < 10_000_000; sent += junk.length) {
                    out.write(junk, 0, Math.min(junk.length, 10_000_000 - sent));
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading at its limit
            }
        });
        http.createContext("/feed", exchange -> {
            exchange.sendResponseHeaders(200, FEED.length);
            exchange.getResponseBody().write(FEED);
            exchange.close();
        });
        http.start();
        fetcher = new FeedFetcher(config);
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        http.stop(0);
        raw.close();
        rawThread.join(Duration.ofSeconds(5));
    }

    @Test
    void aResetConnectionIsAnIoFailure() {
        rawHandler = (socket, out) -> {
            socket.setSoLinger(true, 0); // close with RST, not FIN
            socket.close();
        };
        assertFailedQuickly(rawUrl(), "io");
        assertTheNextFeedIsFetched();
    }

    @Test
    void halfABodyIsAnIoFailureWhetherItsLengthWasGivenOrChunked() {
        rawHandler = (socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " + FEED.length * 10
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(FEED, 0, FEED.length / 2);
            out.flush();
        };
        assertFailedQuickly(rawUrl(), "io");

        rawHandler = (socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(FEED.length)
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(FEED, 0, FEED.length / 2);
            out.flush();
        };
        assertFailedQuickly(rawUrl(), "io");
        assertTheNextFeedIsFetched();
    }

    @Test
    void tenMegabytesOfJunkAreCutOffAtTheLimitWithOrWithoutALength() {
        assertFailedQuickly(httpUrl("/junk"), "too-large");
        assertFailedQuickly(httpUrl("/junk?chunked"), "too-large");
        assertTheNextFeedIsFetched();
    }

    @Test
    void anAnswerThatIsNotHttpIsAnIoFailure() {
        rawHandler = (socket, out) -> out.write("SSH-2.0-OpenSSH_9.6\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertFailedQuickly(rawUrl(), "io");
        assertTheNextFeedIsFetched();
    }

    @Test
    void anEtagThatChangesOnEveryRequestIsSentBackAndEachAnswerIsAPlainFetch() {
        Validators validators = Validators.none();
        for (int i = 1; i <= 3; i++) {
            FetchResult result = fetcher.fetch(httpUrl("/flapping-etag"), validators);
            assertThat(result).isInstanceOf(FetchResult.Fetched.class);
            validators = ((FetchResult.Fetched) result).validators();
            assertThat(validators.etag()).isEqualTo("\"v" + i + "\"");
        }
        assertThat(ifNoneMatch).containsExactly("null", "\"v1\"", "\"v2\"");
    }

    private void assertFailedQuickly(URI url, String errorClass) {
        FetchResult result = fetcher.fetch(url, Validators.none());
        assertThat(result).as(url.toString()).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> {
            assertThat(failed.errorClass()).as(failed.reason()).isEqualTo(errorClass);
            assertThat(failed.reason()).isNotBlank().doesNotContain("\n");
        });
        assertThat(result.duration()).isLessThan(config.requestTimeout().plusSeconds(1));
    }

    private void assertTheNextFeedIsFetched() {
        assertThat(fetcher.fetch(httpUrl("/feed"), Validators.none())).isInstanceOfSatisfying(
                FetchResult.Fetched.class, fetched -> assertThat(fetched.body()).isEqualTo(FEED));
    }

    private void acceptRaw() {
        while (!raw.isClosed()) {
            try (Socket socket = raw.accept()) {
                readRequestHead(socket.getInputStream());
                RawHandler handler = rawHandler;
                if (handler != null) {
                    handler.handle(socket, socket.getOutputStream());
                }
            } catch (IOException closedOrHungUp) {
                // the server socket closed at the end of the test, or the client left
            }
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    private URI rawUrl() {
        return URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/feed");
    }

    private URI httpUrl(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + pathAndQuery);
    }
}
