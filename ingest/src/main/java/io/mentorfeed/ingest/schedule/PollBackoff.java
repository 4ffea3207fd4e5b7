package io.mentorfeed.ingest.schedule;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next: every pollInterval while it is healthy; after errors, exponentially later
 * (2x, 4x, 8x ... pollInterval) up to maxPollInterval, with jitter so feeds that failed together (a host
 * going down) do not retry together. A failing feed keeps being polled: nothing is silently dropped.
 */
public final class PollBackoff {
    private final Duration pollInterval;
    private final Duration maxPollInterval;
    private final Duration initialSpread;
    private final RandomGenerator random;

    public PollBackoff(Duration pollInterval, Duration maxPollInterval, Duration initialSpread,
                       RandomGenerator random) {
        this.pollInterval = pollInterval;
        this.maxPollInterval = maxPollInterval;
        this.initialSpread = initialSpread;
        this.random = random;
    }

    /** Delay of a feed's first poll after it is assigned: somewhere in the initial spread. */
    public Duration firstPoll() {
        long spreadMillis = Math.min(initialSpread.toMillis(), pollInterval.toMillis());
        return Duration.ofMillis(spreadMillis <= 0 ? 0 : random.nextLong(spreadMillis + 1));
    }

    /** A server's Retry-After is honoured, up to maxPollInterval: we never wait longer than for a failing feed. */
    public Duration atLeast(Duration delay, Duration retryAfter) {
        Duration asked = retryAfter.compareTo(maxPollInterval) > 0 ? maxPollInterval : retryAfter;
        return asked.compareTo(delay) > 0 ? asked : delay;
    }

    /** Delay until the next poll after a poll that left the feed with this many consecutive errors. */
    public Duration next(int consecutiveErrors) {
        if (consecutiveErrors <= 0) {
            return pollInterval;
        }
        int doublings = Math.min(consecutiveErrors, 30);
        long base = pollInterval.toMillis();
        long backedOff = base > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : base << doublings;
        long capped = Math.min(backedOff, maxPollInterval.toMillis());
        // Jitter in [75%, 100%] of the capped delay.
        long jittered = capped - (long) (capped * 0.25 * random.nextDouble());
        return Duration.ofMillis(Math.max(jittered, 1));
    }
}
