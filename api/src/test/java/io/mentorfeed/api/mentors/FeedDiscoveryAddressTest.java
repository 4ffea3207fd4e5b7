package io.mentorfeed.api.mentors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.api.Rejection;
import io.mentorfeed.model.InternalAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feed discovery never fetches from inside: loopback, private, link-local (the cloud metadata service) and
 * unique-local addresses, however written (names, IPv6, mapped, short, decimal forms), directly or through a
 * redirect. Names are resolved offline here ("localhost"); the check runs before each hop's connection, so a DNS
 * answer that changes between the check and the connection (rebinding) is not caught (docs/api.md says so).
 */
class FeedDiscoveryAddressTest {
    private static final InetAddress TEST_SERVER = InetAddress.getLoopbackAddress();
    private static final AtomicInteger requests = new AtomicInteger();
    private static HttpServer server;
    private static String base;

    /** Refuses what production refuses, except the one loopback server that plays the public site. */
    private final FeedDiscovery discovery = new FeedDiscovery(
            address -> InternalAddresses.isInternal(address) && !address.equals(TEST_SERVER));

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(TEST_SERVER, 0), 0);
        // Any request that reaches the server counts, whatever its path: a refused address must not reach it.
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/to", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://" + TEST_SERVER.getHostAddress() + ":" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void resetCount() {
        requests.set(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:PORT/feed", "http://LOCALHOST.:PORT/feed", "http://127.0.0.1:PORT/",
        "http://127.1:PORT/", "http://[::1]:PORT/", "http://[::ffff:127.0.0.1]:PORT/", "http://0.0.0.0:PORT/",
        "http://10.0.0.1/feed", "http://172.16.5.4/feed", "http://192.168.1.1/feed", "http://100.64.0.1/feed",
        "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/feed", "http://[fe80::1]/feed",
        "https://user:pass@127.0.0.1:PORT/feed"})
    void internalAddressesAreRefusedBeforeAnyRequest(String url) {
        FeedDiscovery production = new FeedDiscovery(false);
        String target = url.replace("PORT", String.valueOf(server.getAddress().getPort()));

        assertThatThrownBy(() -> production.discover(target)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.kind()).isIn(Rejection.Kind.INVALID, Rejection.Kind.UNPROCESSABLE))
                .hasMessageContaining("'url'")
                // Refused as internal, or (no DNS here; "127.1" is no URL host) as unresolvable or not a URL.
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("private address", "unknown host",
                        "must be an absolute http"));
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/iam/", "http://10.0.0.1/feed",
        "http://[::1]:1/feed", "http://127.0.0.2:1/feed", "http://[fd12::1]/feed"})
    void aRedirectToAnInternalAddressIsRefusedAtThatHop(String internal) {
        assertThatThrownBy(() -> discovery.discover(base + "/to?" + internal))
                .isInstanceOf(Rejection.class).hasMessageContaining("private address");
        assertThat(requests).hasValue(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/feed", "gopher://127.0.0.1:70/", "javascript:alert(1)",
        "http:///nohost", "http://exa mple.org/"})
    void notAnHttpUrlIsInvalidDirectlyOrThroughARedirect(String url) {
        assertThatThrownBy(() -> discovery.discover(url)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID));
        assertThatThrownBy(() -> discovery.discover(base + "/to?" + url)).isInstanceOf(Rejection.class);
        assertThat(requests.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void redirectsInALoopEndAfterTheLimit() {
        String loop = base + "/to?" + base + "/to?" + base + "/to?" + base + "/to?" + base + "/to?" + base + "/to";
        assertThatThrownBy(() -> discovery.discover(loop)).isInstanceOf(Rejection.class)
                .hasMessageContaining("redirects");
        assertThat(requests).hasValue(5);
    }
}
