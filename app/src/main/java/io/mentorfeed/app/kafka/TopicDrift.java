package io.mentorfeed.app.kafka;

import io.mentorfeed.model.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an existing topic differs from its spec in the ways that break mentorfeed: fewer partitions than the spec
 * (keys spread differently, fewer instances can share the work) or another cleanup policy (a table that is not
 * compacted loses its rows; a log that is compacted loses its history). More partitions are fine.
 */
record TopicDrift(String topic, List<String> differences) {
    static final String CLEANUP_POLICY = "cleanup.policy";

    TopicDrift {
        differences = List.copyOf(differences);
    }

    static TopicDrift of(String topic, TopicSpec spec, int actualPartitions, String actualCleanupPolicy) {
        List<String> differences = new ArrayList<>();
        if (actualPartitions < spec.partitions()) {
            differences.add("partitions=" + actualPartitions + " expected=" + spec.partitions());
        }
        String expectedPolicy = spec.configs().get(CLEANUP_POLICY);
        if (expectedPolicy != null && !Objects.equals(normalize(expectedPolicy), normalize(actualCleanupPolicy))) {
            differences.add(CLEANUP_POLICY + "=" + actualCleanupPolicy + " expected=" + expectedPolicy);
        }
        return new TopicDrift(topic, differences);
    }

    boolean drifted() {
        return !differences.isEmpty();
    }

    /** "compact,delete" and "delete, compact" are the same policy. */
    private static String normalize(String policy) {
        if (policy == null) {
            return null;
        }
        return String.join(",", java.util.Arrays.stream(policy.split(",")).map(String::strip).sorted().toList());
    }
}
