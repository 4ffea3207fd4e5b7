package io.mentorfeed.ingest.schedule;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the feeds this instance follows and polls each on its own schedule: one timer thread decides when, a
 * bounded pool runs the polls, so at most maxConcurrentFetches feeds are fetched at once and one slow feed
 * never delays another's timer. A feed is polled by one task at a time: the next poll is scheduled only when
 * the previous one has finished ({@link PollTurn}), unless an operator asks for a refetch, which comes first.
 */
public final class FeedScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final Function<TrackedFeed, Duration> poll;
    private final PollBackoff backoff;
    private final ScheduledExecutorService timer;
    private final ExecutorService fetchPool;
    private final Duration shutdownGrace;
    private final Map<String, TrackedFeed> feeds = new ConcurrentHashMap<>();
    private final Clock clock;

    /** @param poll polls a feed once and says when to poll it next ({@code FeedPoller::poll}) */
    public FeedScheduler(Function<TrackedFeed, Duration> poll, PollBackoff backoff, int maxConcurrentFetches,
                         Duration shutdownGrace) {
        this(poll, backoff, maxConcurrentFetches, shutdownGrace, Clock.systemUTC());
    }

    public FeedScheduler(Function<TrackedFeed, Duration> poll, PollBackoff backoff, int maxConcurrentFetches,
                         Duration shutdownGrace, Clock clock) {
        this.clock = clock;
        this.poll = poll;
        this.backoff = backoff;
        this.shutdownGrace = shutdownGrace;
        this.timer = Executors.newSingleThreadScheduledExecutor(threads("ingest-timer"));
        this.fetchPool = Executors.newFixedThreadPool(maxConcurrentFetches, threads("ingest-fetch"));
    }

    /** Starts following a mentor's feed, or takes a newer record of it; a paused mentor is no longer polled. */
    public void track(Mentor mentor, int partition) {
        track(mentor, partition, null);
    }

    /**
     * As {@link #track(Mentor, int)}, carrying on from a restored state: its validators and seen entry ids, and its
     * next poll time when that is still ahead (a restart does not refetch everything at once).
     */
    public void track(Mentor mentor, int partition, FeedState restored) {
        if (mentor.paused()) {
            untrack(mentor.id());
            return;
        }
        TrackedFeed existing = feeds.get(mentor.id());
        if (existing != null && existing.feedUrl().equals(mentor.feedUrl())) {
            existing.update(mentor);
            return;
        }
        untrack(mentor.id());
        TrackedFeed feed = new TrackedFeed(mentor, partition, restored);
        feeds.put(mentor.id(), feed);
        feed.turn().plan(clock.instant(), firstPoll(restored), starter(feed));
    }

    private Duration firstPoll(FeedState restored) {
        Duration spread = backoff.firstPoll();
        if (restored == null || restored.nextPollAt() == null) {
            return spread;
        }
        Duration ahead = Duration.between(clock.instant(), restored.nextPollAt());
        return ahead.compareTo(spread) > 0 ? ahead : spread;
    }

    public void untrack(String mentorId) {
        TrackedFeed removed = feeds.remove(mentorId);
        if (removed != null) {
            removed.turn().deactivate();
        }
    }

    /**
     * Polls a followed feed as soon as a fetch thread is free (after its running poll, if one runs), whatever its
     * planned time or error backoff, as a forced poll ({@link TrackedFeed#forced()}). Returns false, doing nothing,
     * when this instance does not follow that mentor (another instance's partition, paused, unknown).
     */
    public boolean refetchNow(String mentorId) {
        TrackedFeed feed = feeds.get(mentorId);
        return feed != null && feed.turn().requestRefetch(clock.instant(), starter(feed));
    }

    /** True while this instance polls that mentor's feed. */
    public boolean follows(String mentorId) {
        return feeds.containsKey(mentorId);
    }

    /**
     * Polls a followed feed as soon as a fetch thread is free, as an ordinary poll (validators sent), so that it
     * goes back to its own rhythm at once (its WebSub lease ended). Returns false when this instance does not
     * follow that mentor.
     */
    public boolean pollSoon(String mentorId) {
        TrackedFeed feed = feeds.get(mentorId);
        return feed != null && feed.turn().pollSoon(clock.instant(), starter(feed));
    }

    /**
     * Runs {@code work} on the calling thread with the feed of that mentor while none of its polls runs, so that a
     * pushed body and a polled one never race over the feed's memory. Empty when this instance does not follow it.
     */
    public <T> Optional<T> withFeed(String mentorId, Function<TrackedFeed, T> work) {
        TrackedFeed feed = feeds.get(mentorId);
        return feed == null ? Optional.empty() : feed.turn().exclusively(() -> work.apply(feed));
    }

    /**
     * Drops the feeds of partitions this instance no longer owns and waits for their running polls to commit, so
     * that their new owner reads their latest state; their new owner polls them.
     */
    public void untrackPartitions(Collection<Integer> partitions) {
        var dropped = feeds.values().stream().filter(f -> partitions.contains(f.partition())).toList();
        dropped.forEach(f -> untrack(f.mentorId()));
        long deadline = System.currentTimeMillis() + shutdownGrace.toMillis();
        for (TrackedFeed feed : dropped) {
            if (!feed.turn().awaitIdle(Math.max(0, deadline - System.currentTimeMillis()))) {
                log.warn("revoked feed still polling mentor={} url={}", feed.mentorId(), feed.feedUrl());
            }
        }
    }

    public int trackedCount() {
        return feeds.size();
    }

    /** How long the most overdue feed has been due without a fetch thread to poll it; zero if none is. */
    public Duration pollLag() {
        Instant now = clock.instant();
        return feeds.values().stream().map(feed -> feed.turn().overdue(now)).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** Plans run on the timer thread, which only hands the poll to the fetch pool. */
    private PollTurn.Starter starter(TrackedFeed feed) {
        return (plan, delay) -> {
            try {
                return timer.schedule(() -> submit(feed, plan), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                return null; // Shutting down: nothing more to schedule.
            }
        };
    }

    private void submit(TrackedFeed feed, long plan) {
        try {
            fetchPool.execute(() -> run(feed, plan));
        } catch (RejectedExecutionException e) {
            // Shutting down.
        }
    }

    private void run(TrackedFeed feed, long plan) {
        PollTurn turn = feed.turn();
        if (!turn.begin(plan)) {
            return;
        }
        Duration next = null;
        try {
            next = pollOnce(feed);
        } finally {
            turn.end(clock.instant(), next, starter(feed));
        }
    }

    private Duration pollOnce(TrackedFeed feed) {
        try {
            return poll.apply(feed);
        } catch (RuntimeException e) {
            // A bug, not a feed problem: log it with its trace, and keep the feed on the schedule.
            feed.failedToRecord();
            Duration next = backoff.next(feed.consecutiveErrors());
            log.error("feed poll crashed mentor={} url={} retryInMillis={}", feed.mentorId(), feed.feedUrl(),
                    next.toMillis(), e);
            return next;
        }
    }

    /** Stops every thread at once, without waiting for running polls: what a crash looks like. */
    public void halt() {
        feeds.values().forEach(feed -> feed.turn().deactivate());
        feeds.clear();
        timer.shutdownNow();
        fetchPool.shutdownNow();
    }

    /** Stops scheduling, lets running polls finish within the grace period, then interrupts what is left. */
    @Override
    public void close() {
        feeds.values().forEach(feed -> feed.turn().deactivate());
        feeds.clear();
        timer.shutdownNow();
        fetchPool.shutdown();
        try {
            if (!fetchPool.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                fetchPool.shutdownNow();
                fetchPool.awaitTermination(5, TimeUnit.SECONDS);
            }
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            fetchPool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
