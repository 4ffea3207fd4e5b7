package io.mentorfeed.app.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic once: every partition from its beginning up to the end offsets taken at the start, so the
 * read ends even while services keep writing. A plain consumer with no group: nothing is committed, no group
 * appears in `admin lag`, and read_committed skips what aborted transactions left. It never creates a topic: on a
 * broker with auto.create.topics.enable, asking for a missing one would otherwise make it with the broker's defaults
 * (one partition, no compaction), which setup then leaves alone.
 */
final class TopicReader {
    private final Map<String, Object> properties;
    private final Duration timeout;
    private final Function<String, AdminException> timedOut;

    TopicReader(Map<String, Object> properties, Duration timeout, Function<String, AdminException> timedOut) {
        this.properties = properties;
        this.timeout = timeout;
        this.timedOut = timedOut;
    }

    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> props = new HashMap<>(properties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "mentorfeed-admin-reader");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var consumer = AdminKafka.open(props,
                () -> new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer()))) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw timedOut.apply("reading " + topic);
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    // Records written after the start are left for the next read: the snapshot stays consistent.
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
            return records;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw timedOut.apply("reading " + topic);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw AdminKafka.notSetUp(topic);
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }
}
