package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.ingest.schedule.PollBackoff;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.FetchOutcome;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);

    @Test
    void pollsAreCountedByOutcomeWithTheirErrorClassAndNewEntries() {
        metrics.pollRecorded(outcome(200, 3, null));
        metrics.pollRecorded(outcome(200, 0, null));
        metrics.pollRecorded(outcome(304, 0, null));
        metrics.pollRecorded(outcome(0, 0, "timeout"));
        metrics.pollRecorded(outcome(200, 0, "parse"));
        metrics.pollNotRecorded();

        assertThat(polls("fetched")).isEqualTo(2);
        assertThat(polls("not_modified")).isEqualTo(1);
        assertThat(polls("error")).isEqualTo(3);
        assertThat(errors("timeout")).isEqualTo(1);
        assertThat(errors("parse")).isEqualTo(1);
        assertThat(errors("publish")).isEqualTo(1);
        assertThat(registry.get("mentorfeed.ingest.entries.new").counter().count()).isEqualTo(3);
    }

    @Test
    void notModifiedRatioIsTheShareOf304AmongFinishedPolls() {
        assertThat(ratio()).as("no poll yet").isZero();

        metrics.pollRecorded(outcome(304, 0, null));
        metrics.pollRecorded(outcome(304, 0, null));
        metrics.pollRecorded(outcome(200, 1, null));
        metrics.pollRecorded(outcome(0, 0, "connect"));

        assertThat(ratio()).isEqualTo(0.5);
    }

    @Test
    void bytesHostWaitsAndRefetchesAreCounted() {
        metrics.bodyRead(1000);
        metrics.bodyRead(24);
        metrics.hostWaited("Blog.Example", TimeUnit.MILLISECONDS.toNanos(30));
        metrics.hostWaited("blog.example", TimeUnit.MILLISECONDS.toNanos(10));
        metrics.refetched();

        assertThat(registry.get("mentorfeed.ingest.bytes").counter().count()).isEqualTo(1024);
        var wait = registry.get("mentorfeed.ingest.host.wait").tag("host", "blog.example").timer();
        assertThat(wait.count()).as("one host, whatever its case").isEqualTo(2);
        assertThat(wait.totalTime(TimeUnit.MILLISECONDS)).isCloseTo(40, within(0.001));
        assertThat(registry.get("mentorfeed.ingest.refetches").counter().count()).isEqualTo(1);
    }

    @Test
    void trackedFeedsAndPollLagFollowTheScheduler() {
        var backoff = new PollBackoff(Duration.ofHours(1), Duration.ofHours(6), Duration.ZERO, new Random());
        try (var scheduler = new FeedScheduler(feed -> Duration.ofHours(1), backoff, 1, Duration.ofSeconds(1))) {
            metrics.watch(scheduler);
            String url = "https://ada.example/feed";
            var stored = new FeedState("ada", url, null, null, Instant.now(), 200,
                    Instant.now().plus(Duration.ofHours(1)), 0, null, true, List.of());
            scheduler.track(new Mentor("ada", "Ada", url, SourceKind.BLOG), 0, stored);

            assertThat(registry.get("mentorfeed.ingest.feeds.tracked").gauge().value()).isEqualTo(1);
            // Its first poll is planned an hour ahead, as its stored state says: not late.
            assertThat(registry.get("mentorfeed.ingest.poll.lag").gauge().value()).isZero();
        }
    }

    private double polls(String outcome) {
        return registry.get("mentorfeed.ingest.polls").tag("outcome", outcome).counter().count();
    }

    private double errors(String errorClass) {
        return registry.get("mentorfeed.ingest.errors").tag("class", errorClass).counter().count();
    }

    private double ratio() {
        return registry.get("mentorfeed.ingest.not.modified.ratio").gauge().value();
    }

    private static FetchOutcome outcome(int status, int newEntries, String errorClass) {
        return new FetchOutcome("ada", "https://ada.example/feed", Instant.EPOCH, status, 0, 5, newEntries,
                newEntries, errorClass, errorClass == null ? null : "it failed");
    }
}
