package io.mentorfeed.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What `dead-letters drop` deletes: per partition, every record before {@code deleteBefore} (Kafka's
 * deleteRecords moves the log start there). Partitions with nothing to delete are left out.
 */
record DropPlan(Map<Integer, Range> partitions) {
    /** Offsets {@code start} (the log start now) up to, not including, {@code deleteBefore}. */
    record Range(long start, long deleteBefore) {
        long count() {
            return deleteBefore - start;
        }
    }

    DropPlan {
        partitions = new TreeMap<>(partitions);
    }

    /** Everything kept: each partition up to its end. */
    static DropPlan all(Map<Integer, Long> starts, Map<Integer, Long> ends) {
        Map<Integer, Range> ranges = new TreeMap<>();
        starts.forEach((partition, start) -> {
            long end = ends.get(partition);
            if (end > start) {
                ranges.put(partition, new Range(start, end));
            }
        });
        return new DropPlan(ranges);
    }

    /** One partition up to and including a position, which must be a record still kept. */
    static DropPlan through(RecordPosition position, Map<Integer, Long> starts, Map<Integer, Long> ends) {
        Long start = starts.get(position.partition());
        if (start == null) {
            throw new AdminException("the dead-letter topic has no partition " + position.partition());
        }
        long end = ends.get(position.partition());
        if (position.offset() >= end) {
            throw new AdminException("no dead letter at " + position + ": partition " + position.partition()
                    + " ends at offset " + (end - 1));
        }
        if (position.offset() < start) {
            return new DropPlan(Map.of());
        }
        return new DropPlan(Map.of(position.partition(), new Range(start, position.offset() + 1)));
    }

    List<String> lines(boolean dryRun) {
        List<String> lines = new ArrayList<>();
        partitions.forEach((partition, range) -> lines.add((dryRun ? "would drop " : "dropped ") + "partition "
                + partition + ": offsets " + range.start() + " to " + (range.deleteBefore() - 1)
                + " (up to " + range.count() + " records)"));
        if (lines.isEmpty()) {
            lines.add("nothing to drop");
        }
        return lines;
    }
}
