package io.mentorfeed.reliability;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How many committed records of some topics a consumer group has not committed past yet. For the processor
 * (exactly_once_v2) a lag of zero on its inputs means everything they hold was processed and its output committed
 * in the same transactions: nothing more can come.
 */
final class ConsumerLag {
    private ConsumerLag() {}

    static long of(Admin admin, String groupId, Collection<String> topics)
            throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get();
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata position = committed.get(partition);
            lag += Math.max(0, ends.get(partition).offset() - (position == null ? 0 : position.offset()));
        }
        return lag;
    }
}
