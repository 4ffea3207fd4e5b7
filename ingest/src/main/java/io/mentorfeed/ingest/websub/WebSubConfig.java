package io.mentorfeed.ingest.websub;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * WebSub settings of one ingest instance ({@code ingest.websub.*}). Each instance needs its own public callback URL:
 * a hub calls back the instance that subscribed, which is the one that polls that mentor's feed.
 *
 * @param callbackUrl       the public base URL hubs reach this instance's listener at; {@code <base>/<mentorId>} is
 *                          one subscription's callback. Empty: WebSub off
 * @param listenHost        interface of the callback listener
 * @param listenPort        port of the callback listener (0: any free port, for tests)
 * @param pollInterval      how often a feed with a verified subscription is still polled (the safety net)
 * @param lease             subscription lease asked of hubs (a hub may grant another)
 * @param allowInsecureHubs subscribe to plain-http hubs too, sending them the secret in clear (tests, a hub on
 *                          loopback); off, only https hubs are used
 */
public record WebSubConfig(String callbackUrl, String listenHost, int listenPort, Duration pollInterval,
                           Duration lease, boolean allowInsecureHubs) {

    public WebSubConfig {
        callbackUrl = callbackUrl == null ? "" : callbackUrl.strip();
        if (!callbackUrl.isEmpty()) {
            callbackBase(callbackUrl);
        }
        if (listenHost == null || listenHost.isBlank()) {
            throw new IllegalArgumentException("listen-host must not be blank");
        }
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listen-port must be between 0 and 65535, was " + listenPort);
        }
        requirePositive("poll-interval", pollInterval);
        requirePositive("lease", lease);
        if (lease.toSeconds() < 1) {
            throw new IllegalArgumentException("lease must be at least one second, was " + lease);
        }
    }

    /** Off: no callback URL. A safety-net poll every 6 hours and a 7-day lease once a callback URL is set. */
    public static WebSubConfig defaults() {
        return new WebSubConfig("", "127.0.0.1", 9410, Duration.ofHours(6), Duration.ofDays(7), false);
    }

    public boolean enabled() {
        return !callbackUrl.isEmpty();
    }

    /** The same settings with this callback URL and listener: WebSub on. */
    public WebSubConfig withCallback(String url, String host, int port) {
        return new WebSubConfig(url, host, port, pollInterval, lease, allowInsecureHubs);
    }

    public WebSubConfig withPollInterval(Duration interval) {
        return new WebSubConfig(callbackUrl, listenHost, listenPort, interval, lease, allowInsecureHubs);
    }

    public WebSubConfig withLease(Duration newLease) {
        return new WebSubConfig(callbackUrl, listenHost, listenPort, pollInterval, newLease, allowInsecureHubs);
    }

    public WebSubConfig withAllowInsecureHubs(boolean allow) {
        return new WebSubConfig(callbackUrl, listenHost, listenPort, pollInterval, lease, allow);
    }

    /** The callback URL without a trailing slash; subscriptions append {@code /<mentorId>}. */
    URI callbackBase() {
        return callbackBase(callbackUrl);
    }

    private static URI callbackBase(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("callback-url must be an absolute http(s) URL, was '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("callback-url must be an absolute http(s) URL, was '" + url + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("callback-url must have no query or fragment, was '" + url + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
        }
    }
}
