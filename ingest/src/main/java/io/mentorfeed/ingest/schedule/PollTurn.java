package io.mentorfeed.ingest.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * When one feed is polled next, and whether that poll is forced. A feed has a single chain of polls: each poll plans
 * the next when it ends. An operator's refetch cuts in: a planned poll is replaced by one at once, and a running poll
 * plans its successor at once instead of after its interval. These decisions are taken under this object's monitor,
 * so a refetch, the end of a poll and a revocation cannot race into two chains (the feed polled twice as often) or
 * none (the feed forgotten). Every plan is numbered; the timer task of a replaced plan finds its number outdated and
 * does nothing.
 */
final class PollTurn {
    /** Starts the timer of a plan: runs the poll of that plan number after the delay; null when shutting down. */
    @FunctionalInterface
    interface Starter {
        ScheduledFuture<?> start(long plan, Duration delay);
    }

    /** Held while a poll runs, so a revoked feed can be drained before its new owner reads its state. */
    private final ReentrantLock polling = new ReentrantLock();
    private boolean active = true;
    private long plan;
    private ScheduledFuture<?> timer;
    private boolean running;
    private boolean refetchRequested;
    /** When the planned poll is due; null while a poll runs (a running poll is not late). */
    private volatile Instant plannedAt;
    private volatile boolean forced;

    /** Replaces the current plan by a poll after {@code delay}; nothing once the feed is dropped. */
    synchronized void plan(Instant now, Duration delay, Starter starter) {
        if (!active) {
            return;
        }
        cancelTimer();
        plan++;
        plannedAt = now.plus(delay);
        timer = starter.start(plan, delay);
    }

    /**
     * Asks for a forced poll as soon as possible: now if the feed is idle, else right after the running poll.
     * Returns false when the feed is no longer followed.
     */
    synchronized boolean requestRefetch(Instant now, Starter starter) {
        if (!active) {
            return false;
        }
        refetchRequested = true;
        if (!running) {
            plan(now, Duration.ZERO, starter);
        }
        return true;
    }

    /**
     * Brings the next, ordinary poll forward to now; a running poll plans its successor itself. Returns false when
     * the feed is no longer followed.
     */
    synchronized boolean pollSoon(Instant now, Starter starter) {
        if (!active) {
            return false;
        }
        if (!running) {
            plan(now, Duration.ZERO, starter);
        }
        return true;
    }

    /**
     * Runs {@code work} while no poll of this feed runs (waiting for a running one to end), as polls run: one at a
     * time. Empty if the feed was dropped.
     */
    <T> Optional<T> exclusively(Supplier<T> work) {
        polling.lock();
        try {
            return isActive() ? Optional.ofNullable(work.get()) : Optional.empty();
        } finally {
            polling.unlock();
        }
    }

    /**
     * Starts the poll of plan {@code number}: false (do not poll) if that plan was replaced or the feed dropped.
     * On true the caller polls and then calls {@link #end} on the same thread.
     */
    boolean begin(long number) {
        if (!isCurrent(number)) {
            return false; // a replaced plan: do not hold a pool thread waiting for the lock
        }
        polling.lock();
        synchronized (this) {
            if (isCurrent(number) && !running) {
                running = true;
                forced = refetchRequested;
                refetchRequested = false;
                plannedAt = null;
                return true;
            }
        }
        polling.unlock();
        return false;
    }

    /**
     * Ends the running poll and plans the next: at once if a refetch was asked for meanwhile, else after
     * {@code next}. A null {@code next} (the poll died of an Error) plans nothing.
     */
    synchronized void end(Instant now, Duration next, Starter starter) {
        running = false;
        forced = false;
        polling.unlock();
        if (next != null) {
            plan(now, refetchRequested ? Duration.ZERO : next, starter);
        }
    }

    /** Stops future polls; a poll already running finishes but plans no other. */
    synchronized void deactivate() {
        active = false;
        plannedAt = null;
        cancelTimer();
    }

    synchronized boolean isActive() {
        return active;
    }

    /** True during a poll an operator forced: no validators, no shortcut on an unchanged body. */
    boolean forced() {
        return forced;
    }

    /** How long the planned poll is past due at {@code now}; zero if it is not due yet or a poll is running. */
    Duration overdue(Instant now) {
        Instant at = plannedAt;
        return at == null || !at.isBefore(now) ? Duration.ZERO : Duration.between(at, now);
    }

    /** Waits until a running poll (if any) has finished; false if it did not within the time. */
    boolean awaitIdle(long millis) {
        try {
            if (polling.tryLock(millis, TimeUnit.MILLISECONDS)) {
                polling.unlock();
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized boolean isCurrent(long number) {
        return active && number == plan;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
