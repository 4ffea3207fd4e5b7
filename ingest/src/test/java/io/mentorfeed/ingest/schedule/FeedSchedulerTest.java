package io.mentorfeed.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedSchedulerTest {
    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private FeedScheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    @Test
    void pollsEachFeedRepeatedlyAndStopsWhenUntrackedOrPaused() {
        scheduler = start(feed -> INTERVAL, 4);
        scheduler.track(mentor("avc", false), 0);
        scheduler.track(mentor("bdc", false), 1);

        await().atMost(Duration.ofSeconds(5)).until(() -> count("avc") >= 3 && count("bdc") >= 3);

        scheduler.untrack("avc");
        scheduler.track(mentor("bdc", true), 1);
        assertThat(scheduler.trackedCount()).isZero();
        int avcAfter = count("avc");
        int bdcAfter = count("bdc");
        scheduler.track(mentor("cde", false), 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> count("cde") >= 5);
        // A poll may have been running when the feed was dropped, but none started afterwards.
        assertThat(count("avc")).isLessThanOrEqualTo(avcAfter + 1);
        assertThat(count("bdc")).isLessThanOrEqualTo(bdcAfter + 1);
    }

    @Test
    void revokedPartitionsAreDropped() {
        scheduler = start(feed -> INTERVAL, 4);
        scheduler.track(mentor("avc", false), 0);
        scheduler.track(mentor("bdc", false), 1);

        scheduler.untrackPartitions(List.of(0));

        assertThat(scheduler.trackedCount()).isEqualTo(1);
    }

    @Test
    void fetchesRunOnABoundedPoolAndACrashingPollKeepsItsFeedScheduled() {
        scheduler = start(feed -> {
            if (feed.mentorId().equals("crash")) {
                throw new IllegalStateException("bug in a poll");
            }
            return INTERVAL;
        }, 2);
        for (int i = 0; i < 6; i++) {
            scheduler.track(mentor("feed-" + i, false), i);
        }
        scheduler.track(mentor("crash", false), 0);

        await().atMost(Duration.ofSeconds(5)).until(() -> count("crash") >= 2
                && java.util.stream.IntStream.range(0, 6).allMatch(i -> count("feed-" + i) >= 2));
        assertThat(maxRunning.get()).isLessThanOrEqualTo(2);
    }

    private FeedScheduler start(Function<TrackedFeed, Duration> poll, int concurrency) {
        Function<TrackedFeed, Duration> counted = feed -> {
            int now = running.incrementAndGet();
            maxRunning.accumulateAndGet(now, Math::max);
            try {
                polls.computeIfAbsent(feed.mentorId(), id -> new AtomicInteger()).incrementAndGet();
                return poll.apply(feed);
            } finally {
                running.decrementAndGet();
            }
        };
        // A crash backs off from a 1 ms interval up to 20 ms, so it is polled again quickly.
        var backoff = new PollBackoff(Duration.ofMillis(1), Duration.ofMillis(20), Duration.ofMillis(20), new Random());
        return new FeedScheduler(counted, backoff, concurrency, Duration.ofSeconds(2));
    }

    private int count(String mentorId) {
        AtomicInteger counter = polls.get(mentorId);
        return counter == null ? 0 : counter.get();
    }

    private static Mentor mentor(String id, boolean paused) {
        return new Mentor(id, id, "https://" + id + ".example/feed", null, SourceKind.BLOG, List.of(), paused);
    }
}
