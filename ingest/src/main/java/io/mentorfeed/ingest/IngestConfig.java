package io.mentorfeed.ingest;

import java.time.Duration;

/**
 * Settings of the ingest service. The app binds YAML (kebab-case keys) onto {@link #defaults()}.
 *
 * @param groupId              consumer group on the mentor registry; instances of one group share the feeds
 * @param pollInterval         time between two polls of a healthy feed
 * @param maxPollInterval      ceiling of the error backoff
 * @param initialPollSpread    first polls after an assignment are spread at random over this span (no herd)
 * @param connectTimeout       TCP + TLS connect timeout
 * @param requestTimeout       whole request, headers and body
 * @param maxBodyBytes         cap on a feed body, applied after decompression
 * @param maxEntriesPerFeed    entries kept from one feed document, in feed order
 * @param maxConcurrentFetches size of the fetch pool
 * @param userAgent            User-Agent header sent to feed servers
 */
public record IngestConfig(String groupId, Duration pollInterval, Duration maxPollInterval,
                           Duration initialPollSpread, Duration connectTimeout, Duration requestTimeout,
                           long maxBodyBytes, int maxEntriesPerFeed, int maxConcurrentFetches, String userAgent) {

    public static final String DEFAULT_USER_AGENT = "mentorfeed/0.1 (+https://github.com/mentorfeed/mentorfeed)";

    public IngestConfig {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("groupId must not be blank");
        }
        requirePositive("pollInterval", pollInterval);
        requirePositive("maxPollInterval", maxPollInterval);
        if (maxPollInterval.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("maxPollInterval " + maxPollInterval
                    + " must not be shorter than pollInterval " + pollInterval);
        }
        if (initialPollSpread == null || initialPollSpread.isNegative()) {
            throw new IllegalArgumentException("initialPollSpread must be zero or positive");
        }
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("requestTimeout", requestTimeout);
        if (maxBodyBytes < 1024 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + " must be between 1 KiB and 2 GiB");
        }
        if (maxEntriesPerFeed < 1) {
            throw new IllegalArgumentException("maxEntriesPerFeed must be at least 1");
        }
        if (maxConcurrentFetches < 1) {
            throw new IllegalArgumentException("maxConcurrentFetches must be at least 1");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    public static IngestConfig defaults() {
        return new IngestConfig("mentorfeed-ingest", Duration.ofMinutes(15), Duration.ofHours(6),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), 8L * 1024 * 1024,
                200, 16, DEFAULT_USER_AGENT);
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
        }
    }
}
