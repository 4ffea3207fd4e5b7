package io.mentorfeed.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** What one HTTP poll of a feed gave: a body, "not modified", or a classified failure. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    URI url();

    /** HTTP status, or 0 when no response was received (timeout, connection refused, ...). */
    int status();

    Duration duration();

    /**
     * A 200 response. {@code finalUrl} is where redirects led, the base for relative links; {@code body} is
     * already decompressed and at most maxBodyBytes long; {@code freshFor} what Cache-Control or Expires said;
     * {@code links} the values of its Link headers (where a feed may advertise its WebSub hub).
     */
    record Fetched(URI url, URI finalUrl, int status, byte[] body, String contentType, Validators validators,
                   Duration duration, Duration freshFor, List<String> links) implements FetchResult {
        public Fetched {
            links = links == null ? List.of() : List.copyOf(links);
        }

        /** A response without Link headers. */
        public Fetched(URI url, URI finalUrl, int status, byte[] body, String contentType, Validators validators,
                       Duration duration, Duration freshFor) {
            this(url, finalUrl, status, body, contentType, validators, duration, freshFor, List.of());
        }
    }

    /** A 304 answer to a conditional request: the validators sent are still good. */
    record NotModified(URI url, Duration duration) implements FetchResult {
        @Override
        public int status() {
            return 304;
        }
    }

    /**
     * No usable body. {@code errorClass} is a stable word for counting: "timeout", "connect", "http-4xx",
     * "http-5xx", "http-3xx", "too-large", "bad-url", "io", "private-address", "redirects", "host-busy";
     * {@code reason} one line for people; {@code retryAfter} what a 429 or 503 asked for, else null.
     */
    record Failed(URI url, int status, String errorClass, String reason, Duration duration, Duration retryAfter)
            implements FetchResult {
        public Failed(URI url, int status, String errorClass, String reason, Duration duration) {
            this(url, status, errorClass, reason, duration, null);
        }
    }
}
