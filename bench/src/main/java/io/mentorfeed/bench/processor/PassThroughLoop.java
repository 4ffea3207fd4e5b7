package io.mentorfeed.bench.processor;

import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The ceiling: the plainest exactly-once consume-and-produce loop Kafka allows (read_committed consumer, one
 * transaction per poll with its offsets), copying every entry's bytes to a scratch topic, no parsing at all.
 */
final class PassThroughLoop {
    static final String SCRATCH = "bench.passthrough";

    private PassThroughLoop() {}

    /** Copies {@code expected} records from the start of the entries topic; returns the seconds it took. */
    static double run(Map<String, Object> kafka, long expected) {
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-passthrough-" + UUID.randomUUID());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> p = new HashMap<>(kafka);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-passthrough-" + UUID.randomUUID());
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(Topics.ENTRIES.name()));
            long copied = 0;
            long t0 = System.nanoTime();
            while (copied < expected) {
                var records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (var r : records) {
                    producer.send(new ProducerRecord<>(SCRATCH, r.key(), r.value()));
                    offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                    copied++;
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
