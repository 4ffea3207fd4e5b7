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

    private final MeterRegistry registry;
    private final Counter fetched;
    private final Counter notModified;
    private final Counter failed;
    private final Counter bytes;
    private final Counter newEntries;
    private final Counter refetches;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fetched = registry.counter(POLLS, "outcome", "fetched");
        this.notModified = registry.counter(POLLS, "outcome", "not_modified");
        this.failed = registry.counter(POLLS, "outcome", "error");
        this.bytes = Counter.builder("mentorfeed.ingest.bytes").baseUnit("bytes")
                .description("feed and comments feed body bytes read (after decompression)").register(registry);
        this.newEntries = registry.counter("mentorfeed.ingest.entries.new");
        this.refetches = registry.counter("mentorfeed.ingest.refetches");
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

    /** A forced refetch (an operator's REFETCH_FEED command) was polled. */
    public void refetched() {
        refetches.increment();
    }

    double notModifiedRatio() {
        double finished = fetched.count() + notModified.count() + failed.count();
        return finished == 0 ? 0 : notModified.count() / finished;
    }
}
