package io.mentorfeed.ingest;

import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.model.FetchOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Every ingest metric, in one place: the stages say what happened ("a poll was recorded", "a body was read") and
 * this class turns it into meters, so names and tags live here only (they are a contract with dashboards; see
 * docs/ingest.md). Tags stay bounded: poll outcomes and error classes are fixed words; hosts are those of the
 * followed feeds.
 */
public final class IngestMetrics {
    static final String POLLS = "mentorfeed.ingest.polls";
    static final String ERRORS = "mentorfeed.ingest.errors";
    static final String FULL_TEXT_FAILED = "mentorfeed.ingest.fulltext.failed";
    static final String FULL_TEXT_SKIPPED = "mentorfeed.ingest.fulltext.skipped";

    private final MeterRegistry registry;
    private final Counter fetched;
    private final Counter notModified;
    private final Counter failed;
    private final Counter bytes;
    private final Counter newEntries;
    private final Counter refetches;
    private final Counter pagesFetched;
    private final Counter articlesExtracted;
    private final Counter articlesReused;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fetched = registry.counter(POLLS, "outcome", "fetched");
        this.notModified = registry.counter(POLLS, "outcome", "not_modified");
        this.failed = registry.counter(POLLS, "outcome", "error");
        this.bytes = Counter.builder("mentorfeed.ingest.bytes").baseUnit("bytes")
                .description("feed and comments feed body bytes read (after decompression)").register(registry);
        this.newEntries = registry.counter("mentorfeed.ingest.entries.new");
        this.refetches = registry.counter("mentorfeed.ingest.refetches");
        this.pagesFetched = Counter.builder("mentorfeed.ingest.fulltext.fetches")
                .description("requests for the pages of posts whose feed carries only an excerpt").register(registry);
        this.articlesExtracted = Counter.builder("mentorfeed.ingest.fulltext.extracted")
                .description("articles read from a post's page and attached to its entry").register(registry);
        this.articlesReused = Counter.builder("mentorfeed.ingest.fulltext.reused")
                .description("post versions whose page was not fetched again (remembered, or 304)")
                .register(registry);
        Gauge.builder("mentorfeed.ingest.not.modified.ratio", this, IngestMetrics::notModifiedRatio)
                .description("share of 304 answers among the polls finished since start").register(registry);
    }

    /** Metrics nobody reads, for a fetcher used outside the service (the parse command, tests). */
    public static IngestMetrics discarding() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    /** Follows how many feeds the scheduler holds and how late the most overdue one is. */
    public void watch(FeedScheduler scheduler) {
        Gauge.builder("mentorfeed.ingest.feeds.tracked", scheduler, FeedScheduler::trackedCount)
                .register(registry);
        Gauge.builder("mentorfeed.ingest.poll.lag", scheduler, s -> s.pollLag().toMillis() / 1000.0)
                .baseUnit("seconds").description("how long the most overdue feed has been waiting for its poll")
                .register(registry);
    }

    /** A poll whose records Kafka acknowledged: counted by outcome, with its error class and its new entries. */
    public void pollRecorded(FetchOutcome outcome) {
        if (!outcome.ok()) {
            pollFailed(outcome.errorClass());
        } else if (outcome.status() == 304) {
            notModified.increment();
        } else {
            fetched.increment();
        }
        newEntries.increment(outcome.newEntries());
    }

    /** A poll whose records Kafka refused: an error of class "publish"; nothing of it was published. */
    public void pollNotRecorded() {
        pollFailed("publish");
    }

    private void pollFailed(String errorClass) {
        failed.increment();
        registry.counter(ERRORS, "class", errorClass).increment();
    }

    /** A 200 body read, after decompression. */
    public void bodyRead(long byteCount) {
        bytes.increment(byteCount);
    }

    /** How long a request waited for a free slot of its host's politeness limit (whether it got one or not). */
    public void hostWaited(String host, long nanos) {
        String tag = host == null || host.isEmpty() ? "none" : host.toLowerCase(Locale.ROOT);
        Timer.builder("mentorfeed.ingest.host.wait").tag("host", tag).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A body a WebSub hub pushed was recorded like a poll: its new entries count, it is no poll. */
    public void pushRecorded(FetchOutcome outcome) {
        newEntries.increment(outcome.newEntries());
    }

    /** A forced refetch (an operator's REFETCH_FEED command) was polled. */
    public void refetched() {
        refetches.increment();
    }

    /** A post's page was requested (whatever came of it). */
    public void fullTextFetched() {
        pagesFetched.increment();
    }

    /** An article was read from a post's page and attached to its entry. */
    public void fullTextExtracted() {
        articlesExtracted.increment();
    }

    /** A post version already read (or failed) was not fetched again. */
    public void fullTextReused() {
        articlesReused.increment();
    }

    /** No article for an excerpt: the page could not be fetched (its error class) or read ("no-article", ...). */
    public void fullTextFailed(String reason) {
        registry.counter(FULL_TEXT_FAILED, "reason", reason).increment();
    }

    /** An excerpt whose page was not even asked for: "no-link", "budget". */
    public void fullTextSkipped(String reason) {
        registry.counter(FULL_TEXT_SKIPPED, "reason", reason).increment();
    }

    double notModifiedRatio() {
        double finished = fetched.count() + notModified.count() + failed.count();
        return finished == 0 ? 0 : notModified.count() / finished;
    }
}
