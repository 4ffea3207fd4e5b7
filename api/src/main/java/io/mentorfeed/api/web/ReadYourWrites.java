package io.mentorfeed.api.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A page redirected to right after a write should show it, but the read model applies the write a few
 * milliseconds after Kafka acknowledged it. The page's forms wait (briefly, bounded) for the view to show their
 * own write before redirecting; past the bound the page shows the old state, and the next reload the new one.
 */
public final class ReadYourWrites {
    static final Duration AT_MOST = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 5;

    private ReadYourWrites() {}

    /** @return whether the view showed the write in time */
    public static boolean await(BooleanSupplier shown) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
