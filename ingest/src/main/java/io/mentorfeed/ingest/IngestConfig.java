package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import io.mentorfeed.ingest.websub.WebSubConfig;
import java.time.Duration;

/**
 * Settings of the ingest service. The app binds YAML (kebab-case keys) onto {@link #defaults()}.
 *
 * @param groupId              consumer group on the mentor registry; instances of one group share the feeds
 * @param pollInterval         time between two polls of a healthy feed that says nothing of its rhythm
 * @param maxPollInterval      ceiling of the error backoff and of a quiet feed's rhythm
 * @param initialPollSpread    first polls after an assignment are spread at random over this span (no herd)
 * @param connectTimeout       TCP + TLS connect timeout
 * @param requestTimeout       whole request, headers and body
 * @param maxBodyBytes         cap on a feed body, applied after decompression
 * @param maxEntriesPerFeed    entries kept from one feed document, in feed order
 * @param maxConcurrentFetches size of the fetch pool
 * @param userAgent            User-Agent header sent to feed servers
 * @param minPollInterval      a feed's own rhythm (ttl, Cache-Control, posts per week) never polls it more often
 *                             than this (or than pollInterval, when that is shorter)
 * @param allowPrivateAddresses fetch feeds on loopback/private/link-local addresses (the demo's local server)
 * @param maxRedirects         redirects followed per fetch; a loop ends here
 * @param maxConcurrentPerHost requests in flight to one host at most
 * @param commentsEntries      how many of a feed's newest entries with a comments feed (wfw:commentRss) are
 *                             watched for the mentor's replies; 0 turns comments feeds off
 * @param commentsMaxAge       an entry older than this (by publication) is no longer watched: its thread is over
 * @param commentsPollInterval a watched comments feed is fetched at most this often (conditional GET)
 * @param fullText             reading the post's page when a feed carries only an excerpt (null: the defaults)
 * @param websub               WebSub subscriptions and the callback listener; off without a callback URL
 *                             (null: the defaults, off)
 */
public record IngestConfig(String groupId, Duration pollInterval, Duration maxPollInterval,
                           Duration initialPollSpread, Duration connectTimeout, Duration requestTimeout,
                           long maxBodyBytes, int maxEntriesPerFeed, int maxConcurrentFetches, String userAgent,
                           Duration minPollInterval, boolean allowPrivateAddresses, int maxRedirects,
                           int maxConcurrentPerHost, int commentsEntries, Duration commentsMaxAge,
                           Duration commentsPollInterval, FullTextConfig fullText, WebSubConfig websub) {

    static final Duration DEFAULT_MIN_POLL_INTERVAL = Duration.ofMinutes(5);
    static final int DEFAULT_COMMENTS_ENTRIES = 5;
    static final Duration DEFAULT_COMMENTS_MAX_AGE = Duration.ofDays(7);
    static final Duration DEFAULT_COMMENTS_POLL_INTERVAL = Duration.ofHours(1);

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
        requirePositive("minPollInterval", minPollInterval);
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 20");
        }
        if (maxConcurrentPerHost < 1) {
            throw new IllegalArgumentException("maxConcurrentPerHost must be at least 1");
        }
        if (commentsEntries < 0 || commentsEntries > 50) {
            throw new IllegalArgumentException("commentsEntries must be between 0 and 50, was " + commentsEntries);
        }
        requirePositive("commentsMaxAge", commentsMaxAge);
        requirePositive("commentsPollInterval", commentsPollInterval);
        fullText = fullText == null ? FullTextConfig.defaults() : fullText;
        websub = websub == null ? WebSubConfig.defaults() : websub;
    }

    /** The settings before WebSub: code written against them keeps its behaviour, WebSub off. */
    public IngestConfig(String groupId, Duration pollInterval, Duration maxPollInterval, Duration initialPollSpread,
                        Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxEntriesPerFeed,
                        int maxConcurrentFetches, String userAgent, Duration minPollInterval,
                        boolean allowPrivateAddresses, int maxRedirects, int maxConcurrentPerHost,
                        int commentsEntries, Duration commentsMaxAge, Duration commentsPollInterval,
                        FullTextConfig fullText) {
        this(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout, requestTimeout, maxBodyBytes,
                maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval, allowPrivateAddresses,
                maxRedirects, maxConcurrentPerHost, commentsEntries, commentsMaxAge, commentsPollInterval, fullText,
                WebSubConfig.defaults());
    }

    /**
     * The settings before full texts were read: code written against them keeps its behaviour, full text off (no
     * page of a post is fetched); {@link #withFullText} turns it on. {@link #defaults()} has it on.
     */
    public IngestConfig(String groupId, Duration pollInterval, Duration maxPollInterval, Duration initialPollSpread,
                        Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxEntriesPerFeed,
                        int maxConcurrentFetches, String userAgent, Duration minPollInterval,
                        boolean allowPrivateAddresses, int maxRedirects, int maxConcurrentPerHost,
                        int commentsEntries, Duration commentsMaxAge, Duration commentsPollInterval) {
        this(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout, requestTimeout, maxBodyBytes,
                maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval, allowPrivateAddresses,
                maxRedirects, maxConcurrentPerHost, commentsEntries, commentsMaxAge, commentsPollInterval,
                FullTextConfig.off());
    }

    /**
     * The settings before comments feeds were read: code written against them keeps its behaviour, comments feeds
     * off (the bench's load runs measure feed polling alone); {@link #withComments} turns them on. The app binds
     * its settings onto {@link #defaults()}, where they are on.
     */
    public IngestConfig(String groupId, Duration pollInterval, Duration maxPollInterval, Duration initialPollSpread,
                        Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxEntriesPerFeed,
                        int maxConcurrentFetches, String userAgent, Duration minPollInterval,
                        boolean allowPrivateAddresses, int maxRedirects, int maxConcurrentPerHost) {
        this(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout, requestTimeout, maxBodyBytes,
                maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval, allowPrivateAddresses,
                maxRedirects, maxConcurrentPerHost, 0, DEFAULT_COMMENTS_MAX_AGE, DEFAULT_COMMENTS_POLL_INTERVAL);
    }

    /** The settings of the first release; newer ones take their defaults (private addresses refused). */
    public IngestConfig(String groupId, Duration pollInterval, Duration maxPollInterval, Duration initialPollSpread,
                        Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxEntriesPerFeed,
                        int maxConcurrentFetches, String userAgent) {
        this(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout, requestTimeout, maxBodyBytes,
                maxEntriesPerFeed, maxConcurrentFetches, userAgent, min(pollInterval, DEFAULT_MIN_POLL_INTERVAL),
                false, 5, 4);
    }

    /** The same settings with feeds on private addresses allowed or refused. */
    public IngestConfig withAllowPrivateAddresses(boolean allow) {
        return new IngestConfig(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout,
                requestTimeout, maxBodyBytes, maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval,
                allow, maxRedirects, maxConcurrentPerHost, commentsEntries, commentsMaxAge, commentsPollInterval,
                fullText, websub);
    }

    /** The same settings with other comments-feed settings. */
    public IngestConfig withComments(int entries, Duration maxAge, Duration pollEvery) {
        return new IngestConfig(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout,
                requestTimeout, maxBodyBytes, maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval,
                allowPrivateAddresses, maxRedirects, maxConcurrentPerHost, entries, maxAge, pollEvery, fullText,
                websub);
    }

    /** The same settings with other full-text settings. */
    public IngestConfig withFullText(FullTextConfig newFullText) {
        return new IngestConfig(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout,
                requestTimeout, maxBodyBytes, maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval,
                allowPrivateAddresses, maxRedirects, maxConcurrentPerHost, commentsEntries, commentsMaxAge,
                commentsPollInterval, newFullText, websub);
    }

    /** The same settings with other WebSub settings. */
    public IngestConfig withWebSub(WebSubConfig newWebSub) {
        return new IngestConfig(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout,
                requestTimeout, maxBodyBytes, maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval,
                allowPrivateAddresses, maxRedirects, maxConcurrentPerHost, commentsEntries, commentsMaxAge,
                commentsPollInterval, fullText, newWebSub);
    }

    private static Duration min(Duration a, Duration b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    /** The shortest interval a feed's rhythm may give. */
    public Duration pollFloor() {
        return min(pollInterval, minPollInterval);
    }

    public static IngestConfig defaults() {
        return new IngestConfig("mentorfeed-ingest", Duration.ofMinutes(15), Duration.ofHours(6),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), 8L * 1024 * 1024,
                200, 16, DEFAULT_USER_AGENT).withComments(DEFAULT_COMMENTS_ENTRIES, DEFAULT_COMMENTS_MAX_AGE,
                DEFAULT_COMMENTS_POLL_INTERVAL).withFullText(FullTextConfig.defaults());
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
        }
    }
}
