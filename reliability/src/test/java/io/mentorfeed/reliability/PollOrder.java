package io.mentorfeed.reliability;

import java.util.List;

/**
 * Whether one feed's entries reached its partition of mentorfeed.entries in the order the feed published them.
 * Ingest writes each poll's new entries in feed order (newest first), one poll after the other, so the entry
 * numbers of a feed, by offset, must be descending runs each above everything before it: {@code 5 4 3 2 1 | 6 |
 * 8 7}. An entry at or below a number of an earlier run came late. Only first copies count: a copy ingest wrote
 * again is a repeat the processor drops, not a reordering.
 */
final class PollOrder {
    private PollOrder() {}

    /** How many entries came after an entry the feed published later than them, in an earlier poll. */
    static int lateEntries(List<Integer> entryNumbersByOffset) {
        int late = 0;
        int earlierRunsMax = 0;
        int runTop = 0;
        Integer previous = null;
        for (int n : entryNumbersByOffset) {
            boolean sameRun = previous != null && n < previous;
            if (!sameRun) {
                earlierRunsMax = Math.max(earlierRunsMax, runTop);
                runTop = n;
            }
            if (n <= earlierRunsMax) {
                late++;
            }
            previous = n;
        }
        return late;
    }
}
