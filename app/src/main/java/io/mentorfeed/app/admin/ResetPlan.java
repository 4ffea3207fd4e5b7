package io.mentorfeed.app.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What `reset-processor` does: each input partition's committed offset moved to where reprocessing starts, the
 * processor's internal topics deleted (their state is rebuilt from the inputs), and the local state directory
 * the operator must delete by hand, since it lives on the processor machines, not in Kafka.
 */
record ResetPlan(String group, List<PartitionReset> partitions, List<String> internalTopics, Path stateDir) {
    /** @param current the committed offset now, or null when the group has none for the partition */
    record PartitionReset(String topic, int partition, Long current, long target) {}

    ResetPlan {
        partitions = List.copyOf(partitions);
        internalTopics = List.copyOf(internalTopics);
    }

    List<String> lines(boolean dryRun) {
        List<String> lines = new ArrayList<>();
        lines.add((dryRun ? "dry run: would reset" : "reset") + " group " + group + " (current -> new offset):");
        for (PartitionReset p : partitions) {
            lines.add("  " + p.topic() + "-" + p.partition() + ": " + (p.current() == null ? "none" : p.current())
                    + " -> " + p.target());
        }
        if (internalTopics.isEmpty()) {
            lines.add("internal topics: none to delete");
        } else {
            lines.add((dryRun ? "would delete" : "deleted") + " internal topics:");
            internalTopics.forEach(topic -> lines.add("  " + topic));
        }
        lines.add((dryRun ? "then delete" : "now delete") + " the local state directory on every processor machine"
                + " before starting it: " + stateDir);
        return lines;
    }
}
