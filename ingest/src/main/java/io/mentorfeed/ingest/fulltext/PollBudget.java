package io.mentorfeed.ingest.fulltext;

import java.time.Duration;

/**
 * How many pages one poll may still fetch, and until when: a feed with many new excerpts, or a slow site, holds
 * its fetch thread for a bounded time. Used by one poll, on one thread.
 */
final class PollBudget {
    private int pagesLeft;
    private final long deadlineNanos;

    PollBudget(int pages, Duration time) {
        this.pagesLeft = pages;
        this.deadlineNanos = System.nanoTime() + time.toNanos();
    }

    /** True, and one page less, when another page may be fetched now. */
    boolean take() {
        if (pagesLeft <= 0 || System.nanoTime() - deadlineNanos >= 0) {
            return false;
        }
        pagesLeft--;
        return true;
    }
}
