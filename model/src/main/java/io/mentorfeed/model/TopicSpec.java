package io.mentorfeed.model;

import java.time.Duration;
import java.util.Map;

/**
 * How a topic is created: partition count and what Kafka keeps. Compacted topics keep the latest value per key
 * forever (they are tables); the others keep every record for {@code retention} (a null retention keeps forever).
 */
public record TopicSpec(int partitions, boolean compacted, Duration retention) {
    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
    }

    public static TopicSpec compacted(int partitions) {
        return new TopicSpec(partitions, true, null);
    }

    public static TopicSpec retained(int partitions, Duration retention) {
        return new TopicSpec(partitions, false, retention);
    }

    /** The topic-level configs to create the topic with. */
    public Map<String, String> configs() {
        if (compacted) {
            return Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0");
        }
        return Map.of("cleanup.policy", "delete",
                "retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis()));
    }
}
