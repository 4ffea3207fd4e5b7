package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import io.mentorfeed.ingest.websub.WebSubConfig;
import java.time.Duration;

/**
 * Settings of the ingest service. The app binds YAML (kebab-case keys) onto {@link #defaults()}; code builds them by
 * name with {@link #builder()} or changes some with {@link #toBuilder()}.
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

    private static Duration min(Duration a, Duration b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    /** The shortest interval a feed's rhythm may give. */
    public Duration pollFloor() {
        return min(pollInterval, minPollInterval);
    }

    /** The defaults, which the app binds the YAML file and the environment onto. */
    public static IngestConfig defaults() {
        return new IngestConfig("mentorfeed-ingest", Duration.ofMinutes(15), Duration.ofHours(6),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), 8L * 1024 * 1024, 200, 16,
                DEFAULT_USER_AGENT, DEFAULT_MIN_POLL_INTERVAL, false, 5, 4, DEFAULT_COMMENTS_ENTRIES,
                DEFAULT_COMMENTS_MAX_AGE, DEFAULT_COMMENTS_POLL_INTERVAL, FullTextConfig.defaults(),
                WebSubConfig.defaults());
    }

    /** Settings to build by name, starting from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** These settings, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Named settings; {@link #build()} checks them as the constructor does. */
    public static final class Builder {
        private String groupId;
        private Duration pollInterval;
        private Duration maxPollInterval;
        private Duration initialPollSpread;
        private Duration connectTimeout;
        private Duration requestTimeout;
        private long maxBodyBytes;
        private int maxEntriesPerFeed;
        private int maxConcurrentFetches;
        private String userAgent;
        private Duration minPollInterval;
        private boolean allowPrivateAddresses;
        private int maxRedirects;
        private int maxConcurrentPerHost;
        private int commentsEntries;
        private Duration commentsMaxAge;
        private Duration commentsPollInterval;
        private FullTextConfig fullText;
        private WebSubConfig websub;

        private Builder(IngestConfig from) {
            groupId = from.groupId;
            pollInterval = from.pollInterval;
            maxPollInterval = from.maxPollInterval;
            initialPollSpread = from.initialPollSpread;
            connectTimeout = from.connectTimeout;
            requestTimeout = from.requestTimeout;
            maxBodyBytes = from.maxBodyBytes;
            maxEntriesPerFeed = from.maxEntriesPerFeed;
            maxConcurrentFetches = from.maxConcurrentFetches;
            userAgent = from.userAgent;
            minPollInterval = from.minPollInterval;
            allowPrivateAddresses = from.allowPrivateAddresses;
            maxRedirects = from.maxRedirects;
            maxConcurrentPerHost = from.maxConcurrentPerHost;
            commentsEntries = from.commentsEntries;
            commentsMaxAge = from.commentsMaxAge;
            commentsPollInterval = from.commentsPollInterval;
            fullText = from.fullText;
            websub = from.websub;
        }

        public Builder groupId(String value) { groupId = value; return this; }
        public Builder pollInterval(Duration value) { pollInterval = value; return this; }
        public Builder maxPollInterval(Duration value) { maxPollInterval = value; return this; }
        public Builder initialPollSpread(Duration value) { initialPollSpread = value; return this; }
        public Builder connectTimeout(Duration value) { connectTimeout = value; return this; }
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }
        public Builder maxBodyBytes(long value) { maxBodyBytes = value; return this; }
        public Builder maxEntriesPerFeed(int value) { maxEntriesPerFeed = value; return this; }
        public Builder maxConcurrentFetches(int value) { maxConcurrentFetches = value; return this; }
        public Builder userAgent(String value) { userAgent = value; return this; }
        public Builder minPollInterval(Duration value) { minPollInterval = value; return this; }
        public Builder allowPrivateAddresses(boolean value) { allowPrivateAddresses = value; return this; }
        public Builder maxRedirects(int value) { maxRedirects = value; return this; }
        public Builder maxConcurrentPerHost(int value) { maxConcurrentPerHost = value; return this; }
        public Builder commentsEntries(int value) { commentsEntries = value; return this; }
        public Builder commentsMaxAge(Duration value) { commentsMaxAge = value; return this; }
        public Builder commentsPollInterval(Duration value) { commentsPollInterval = value; return this; }
        public Builder fullText(FullTextConfig value) { fullText = value; return this; }
        public Builder websub(WebSubConfig value) { websub = value; return this; }

        /** Comments feeds off: no comments feed is fetched (load runs that measure feed polling alone). */
        public Builder withoutComments() {
            return commentsEntries(0);
        }

        public IngestConfig build() {
            return new IngestConfig(groupId, pollInterval, maxPollInterval, initialPollSpread, connectTimeout,
                    requestTimeout, maxBodyBytes, maxEntriesPerFeed, maxConcurrentFetches, userAgent, minPollInterval,
                    allowPrivateAddresses, maxRedirects, maxConcurrentPerHost, commentsEntries, commentsMaxAge,
                    commentsPollInterval, fullText, websub);
        }
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
        }
    }
}
