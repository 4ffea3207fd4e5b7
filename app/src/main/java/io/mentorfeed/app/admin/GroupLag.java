package io.mentorfeed.app.admin;

import java.time.Instant;
import java.util.List;

/**
 * What `admin lag` knows of one service's consumer group.
 *
 * @param state       the group's state as the coordinator says ("Stable", "Empty", ...), or "unknown" when no
 *                    such group exists (the service never ran against this cluster)
 * @param partitions  committed/end/lag per partition, for the partitions with a committed offset or a member
 * @param note        why the numbers look as they do (a group that commits no offsets), or null
 * @param overdue     ingest only: tracked feeds whose planned poll time has passed, the most overdue first
 */
public record GroupLag(String service, String group, String state, List<Member> members,
                       List<PartitionLag> partitions, long totalLag, String note, List<OverdueFeed> overdue) {
    public GroupLag {
        members = List.copyOf(members);
        partitions = List.copyOf(partitions);
        overdue = overdue == null ? null : List.copyOf(overdue);
    }

    /** One consumer of the group and the partitions it holds ("topic-partition"). */
    public record Member(String clientId, String host, List<String> assignment) {}

    /** A partition's committed offset (null: none committed), end offset, and the difference. */
    public record PartitionLag(String topic, int partition, Long committed, long end, Long lag) {
        static PartitionLag of(String topic, int partition, Long committed, long end) {
            return new PartitionLag(topic, partition, committed, end,
                    committed == null ? null : Math.max(0, end - committed));
        }
    }

    /** A feed ingest should have polled by now. */
    public record OverdueFeed(String mentor, String feedUrl, Instant nextPollAt, long overdueSeconds) {}

    String render() {
        StringBuilder text = new StringBuilder();
        text.append(service).append(": group=").append(group).append(" state=").append(state)
                .append(" members=").append(members.size()).append('\n');
        if (!members.isEmpty()) {
            TextTable table = new TextTable(200, "MEMBER", "HOST", "ASSIGNED");
            members.forEach(m -> table.row(m.clientId(), m.host(), String.join(",", m.assignment())));
            text.append(table.render());
        }
        if (!partitions.isEmpty()) {
            TextTable table = new TextTable("TOPIC", "PARTITION", "COMMITTED", "END", "LAG");
            partitions.forEach(p -> table.row(p.topic(), p.partition(), p.committed(), p.end(), p.lag()));
            text.append(table.render());
            text.append("total lag: ").append(totalLag).append('\n');
        }
        if (note != null) {
            text.append("note: ").append(note).append('\n');
        }
        if (overdue != null) {
            if (overdue.isEmpty()) {
                text.append("overdue feeds: none\n");
            } else {
                text.append("overdue feeds: ").append(overdue.size()).append('\n');
                TextTable table = new TextTable("MENTOR", "NEXT POLL", "OVERDUE", "FEED");
                overdue.forEach(f -> table.row(f.mentor(), f.nextPollAt(), f.overdueSeconds() + "s", f.feedUrl()));
                text.append(table.render());
            }
        }
        return text.toString();
    }
}
