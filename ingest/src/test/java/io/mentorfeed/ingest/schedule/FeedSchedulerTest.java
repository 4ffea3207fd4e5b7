package io.mentorfeed.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void refetchPollsAFollowedFeedAtOnceAsAForcedPollAndStartsNoSecondChain() {
        List<Boolean> forced = new CopyOnWriteArrayList<>();
        scheduler = start(feed -> {
            forced.add(feed.forced());
            return Duration.ofHours(1);
        }, 2);
        scheduler.track(mentor("avc", false), 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> count("avc") == 1);

        // Its next poll is an hour away (as after a long error backoff): the refetch does not wait for it.
        assertThat(scheduler.refetchNow("avc")).isTrue();

        // Awaited on what the poll saw, not on the count: the count goes up before the poll runs.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(forced).containsExactly(false, true));
        // The forced poll planned the next one an hour ahead, like any poll: no other poll comes meanwhile.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> count("avc") == 2);
    }

    @Test
    void aRefetchAskedDuringAPollRunsRightAfterIt() throws InterruptedException {
        CountDownLatch firstPollRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> forced = new CopyOnWriteArrayList<>();
        scheduler = start(feed -> {
            forced.add(feed.forced());
            firstPollRunning.countDown();
            awaitQuietly(release);
            return Duration.ofHours(1);
        }, 2);
        scheduler.track(mentor("avc", false), 0);
        assertThat(firstPollRunning.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(scheduler.refetchNow("avc")).isTrue();
        assertThat(scheduler.refetchNow("avc")).as("a second request while one is pending").isTrue();
        release.countDown();

        // Awaited on what the poll saw, not on the count: the count goes up before the poll runs.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(forced).containsExactly(false, true));
        // Both requests were served by that one forced poll; the feed is back on its rhythm.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> count("avc") == 2);
    }

    @Test
    void aRefetchOfAFeedNotFollowedHereDoesNothing() {
        scheduler = start(feed -> INTERVAL, 2);
        scheduler.track(mentor("paused", true), 0);

        assertThat(scheduler.refetchNow("paused")).isFalse();
        assertThat(scheduler.refetchNow("elsewhere")).isFalse();
        assertThat(scheduler.trackedCount()).isZero();
    }

    @Test
    void pollLagIsHowLongTheMostOverdueFeedWaitsForAFetchThread() throws InterruptedException {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T08:00:00Z"));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch pollRunning = new CountDownLatch(1);
        var backoff = new PollBackoff(Duration.ofMillis(1), Duration.ofMillis(20), Duration.ZERO, new Random());
        // One fetch thread, held by the first feed's poll: the second feed is due but waits.
        scheduler = new FeedScheduler(feed -> {
            pollRunning.countDown();
            awaitQuietly(release);
            return Duration.ofHours(1);
        }, backoff, 1, Duration.ofSeconds(2), new SteppingClock(now));
        assertThat(scheduler.pollLag()).isZero();
        scheduler.track(mentor("avc", false), 0);
        scheduler.track(mentor("bdc", false), 1);
        assertThat(pollRunning.await(5, TimeUnit.SECONDS)).isTrue();

        now.set(now.get().plusSeconds(90));

        assertThat(scheduler.pollLag()).isEqualTo(Duration.ofSeconds(90));
        release.countDown();
        // Both polled, both planned an hour ahead: nothing is late.
        await().atMost(Duration.ofSeconds(5)).until(() -> scheduler.pollLag().isZero());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves by hand; the scheduler's timers still run on real time. */
    private static final class SteppingClock extends Clock {
        private final AtomicReference<Instant> now;

        SteppingClock(AtomicReference<Instant> now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void workOnAFeedWaitsForItsRunningPollAndPollSoonBringsTheNextPollForward() throws Exception {
        CountDownLatch pollStarted = new CountDownLatch(1);
        CountDownLatch releasePoll = new CountDownLatch(1);
        scheduler = start(feed -> {
            if (count(feed.mentorId()) == 1) {
                pollStarted.countDown();
                awaitQuietly(releasePoll);
            }
            return Duration.ofHours(1);
        }, 2);
        scheduler.track(mentor("avc", false), 0);
        assertThat(pollStarted.await(5, TimeUnit.SECONDS)).isTrue();

        // A pushed body is taken this way: never beside a poll of the same feed.
        var work = CompletableFuture.supplyAsync(
                () -> scheduler.withFeed("avc", feed -> running.get()));
        releasePoll.countDown();

        assertThat(work.get(5, TimeUnit.SECONDS)).contains(0);
        assertThat(scheduler.withFeed("nobody", feed -> 1)).isEmpty();
        assertThat(scheduler.follows("avc")).isTrue();
        assertThat(scheduler.pollSoon("avc")).isTrue(); // planned an hour ahead, polled now
        await().atMost(Duration.ofSeconds(5)).until(() -> count("avc") == 2);
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
