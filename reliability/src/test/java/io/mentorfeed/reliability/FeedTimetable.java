package io.mentorfeed.reliability;

import java.time.Duration;
import java.time.Instant;

/**
 * When each of the suite's feeds shows its next entry. Every feed starts with {@code initial} entries; from
 * {@link #begin} it shows one more every {@code interval}, the feeds staggered across one interval so that some
 * feed changes all the time; from {@link #finish} on it grows no more, but never before every feed has at least
 * {@code minimumEntries}. The faults are injected between the two, so every one of them lands while feeds publish.
 */
final class FeedTimetable {
    private final int feeds;
    private final int initial;
    private final int minimumEntries;
    private final long intervalMillis;
    private final long createdMillis;
    private volatile long beganMillis = Long.MAX_VALUE;
    private volatile long finishedMillis = Long.MAX_VALUE;

    FeedTimetable(int feeds, int initial, int minimumEntries, Duration interval, long nowMillis) {
        if (feeds < 1 || initial < 1 || minimumEntries < initial || interval.toMillis() < 1) {
            throw new IllegalArgumentException("feeds, initial entries and interval must be positive, and the"
                    + " minimum at least the initial entries");
        }
        this.feeds = feeds;
        this.initial = initial;
        this.minimumEntries = minimumEntries;
        this.intervalMillis = interval.toMillis();
        this.createdMillis = nowMillis;
    }

    void begin(long nowMillis) {
        beganMillis = nowMillis;
    }

    /** Stops the growth now, or once the slowest feed has its minimum if that is later; returns the stop time. */
    long finish(long nowMillis) {
        long lastFeedAtMinimum = beganMillis + staggerMillis(feeds - 1) + (minimumEntries - initial) * intervalMillis;
        finishedMillis = Math.max(nowMillis, lastFeedAtMinimum);
        return finishedMillis;
    }

    boolean growing(long nowMillis) {
        return nowMillis < finishedMillis;
    }

    int visible(int feed, long nowMillis) {
        long since = Math.min(nowMillis, finishedMillis) - beganMillis - staggerMillis(feed);
        return initial + (int) (since < 0 ? 0 : since / intervalMillis);
    }

    /** The entry's publication time: when it first appeared. */
    Instant revealedAt(int feed, int entry) {
        long at = entry <= initial ? createdMillis
                : beganMillis + staggerMillis(feed) + (entry - initial) * intervalMillis;
        return Instant.ofEpochMilli(at);
    }

    private long staggerMillis(int feed) {
        return intervalMillis * feed / feeds;
    }
}
