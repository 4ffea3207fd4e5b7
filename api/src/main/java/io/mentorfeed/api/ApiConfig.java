package io.mentorfeed.api;

import java.time.Duration;

/**
 * Settings of the HTTP API. Bound by the app from YAML (kebab-case keys) onto {@link #defaults()}.
 *
 * @param host             interface to listen on; loopback by default because the API has no authentication yet
 * @param port             TCP port; 0 picks any free port (see {@link ApiService#port()})
 * @param maxRespondNow    most respond-now items in one digest
 * @param maxWorthReading  most worth-reading items in one digest
 * @param readModelTimeout how long start-up waits before logging that the read model is still catching up;
 *                         readiness, not this timeout, decides when the API serves digests
 */
public record ApiConfig(String host, int port, int maxRespondNow, int maxWorthReading, Duration readModelTimeout) {
    public ApiConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " must be between 0 and 65535");
        }
        if (maxRespondNow < 0) {
            throw new IllegalArgumentException("maxRespondNow " + maxRespondNow + " must not be negative");
        }
        if (maxWorthReading < 0) {
            throw new IllegalArgumentException("maxWorthReading " + maxWorthReading + " must not be negative");
        }
        if (readModelTimeout == null || readModelTimeout.isNegative() || readModelTimeout.isZero()) {
            throw new IllegalArgumentException("readModelTimeout " + readModelTimeout + " must be positive");
        }
        host = host.strip();
    }

    public static ApiConfig defaults() {
        return new ApiConfig("127.0.0.1", 8080, 3, 10, Duration.ofSeconds(30));
    }

    public ApiConfig withPort(int newPort) {
        return new ApiConfig(host, newPort, maxRespondNow, maxWorthReading, readModelTimeout);
    }
}
