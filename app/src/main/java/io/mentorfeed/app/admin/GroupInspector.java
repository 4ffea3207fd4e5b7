package io.mentorfeed.app.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** Reads one consumer group through the Admin API: its members, committed offsets and the topics' end offsets. */
final class GroupInspector {
    static final String UNKNOWN_STATE = "unknown";

    private final AdminKafka kafka;

    GroupInspector(AdminKafka kafka) {
        this.kafka = kafka;
    }

    /** The group's members; none when the group does not exist. */
    List<GroupLag.Member> members(String group) {
        return members(describe(group));
    }

    private static List<GroupLag.Member> members(ConsumerGroupDescription description) {
        if (description == null) {
            return List.of();
        }
        return description.members().stream()
                .sorted(Comparator.comparing(MemberDescription::clientId))
                .map(m -> new GroupLag.Member(m.clientId(), m.host(), m.assignment().topicPartitions().stream()
                        .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                        .map(TopicPartition::toString).toList()))
                .toList();
    }

    /** Committed offsets of the group (partitions with none are left out). */
    Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = kafka.await(
                kafka.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
                "listing the offsets of group " + group);
        return offsets.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /**
     * @param noOffsetsNote said when the group has no committed offset
     * @param offsetsNote   said when it has some, for a group whose offsets are not a backlog; else null
     */
    GroupLag inspect(String service, String group, String noOffsetsNote, String offsetsNote) {
        ConsumerGroupDescription description = describe(group);
        String state = description == null ? UNKNOWN_STATE : description.groupState().toString();
        List<GroupLag.Member> members = members(description);
        Map<TopicPartition, Long> committed = committed(group);
        Set<TopicPartition> partitions = new TreeSet<>(
                Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition));
        partitions.addAll(committed.keySet());
        if (description != null) {
            description.members().forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
        }
        Map<TopicPartition, Long> end = kafka.offsets(partitions, OffsetSpec.latest(),
                "listing the end offsets for group " + group);
        List<GroupLag.PartitionLag> lags = partitions.stream()
                .map(p -> GroupLag.PartitionLag.of(p.topic(), p.partition(), committed.get(p), end.get(p)))
                .toList();
        long total = lags.stream().map(GroupLag.PartitionLag::lag).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        String why = Stream.of(description == null ? "no such group yet: the service has not run against this cluster"
                        : null, committed.isEmpty() ? noOffsetsNote : offsetsNote)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
        return new GroupLag(service, group, state, members, lags, total, why.isEmpty() ? null : why, null);
    }

    private ConsumerGroupDescription describe(String group) {
        try {
            ConsumerGroupDescription description = kafka.await(
                    kafka.admin().describeConsumerGroups(List.of(group)).describedGroups().get(group),
                    "describing group " + group);
            // Older coordinators describe an unknown group as DEAD rather than refusing it.
            return description.groupState() == org.apache.kafka.common.GroupState.DEAD ? null : description;
        } catch (AdminException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw e;
        }
    }
}
