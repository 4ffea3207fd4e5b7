package io.mentorfeed.app.kafka;

import io.mentorfeed.model.Topic;
import io.mentorfeed.model.TopicSpec;
import io.mentorfeed.model.Topics;

/**
 * The shape a topic is created with on this deployment: its descriptor's spec, with the keyed topics
 * ({@link Topics#KEYED}) all at the operator's partition count (kafka.partitions) so they stay co-partitioned.
 */
record TopicLayout(int keyedPartitions) {
    TopicLayout {
        if (keyedPartitions < 1) {
            throw new IllegalArgumentException("keyedPartitions must be at least 1, not " + keyedPartitions);
        }
    }

    TopicSpec spec(Topic<?, ?> topic) {
        TopicSpec spec = topic.spec();
        return Topics.KEYED.contains(topic) ? new TopicSpec(keyedPartitions, spec.compacted(), spec.retention()) : spec;
    }
}
