package io.mentorfeed.api.view;

import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.TopicPartition;

/**
 * The end offsets (last stable offsets, under read_committed) taken when the read model started: it is caught up
 * once its position on every partition has reached them. Later records do not move the goal, so a busy topic
 * cannot keep the API unready forever.
 */
record CatchUp(Map<TopicPartition, Long> endOffsets) {
    CatchUp {
        endOffsets = Map.copyOf(endOffsets);
    }

    boolean reachedBy(ToLongFunction<TopicPartition> position) {
        for (var end : endOffsets.entrySet()) {
            if (end.getValue() > 0 && position.applyAsLong(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** How many offsets are still to read, for the "still catching up" log line. */
    long remaining(ToLongFunction<TopicPartition> position) {
        long remaining = 0;
        for (var end : endOffsets.entrySet()) {
            if (end.getValue() > 0) {
                remaining += Math.max(0, end.getValue() - position.applyAsLong(end.getKey()));
            }
        }
        return remaining;
    }
}
