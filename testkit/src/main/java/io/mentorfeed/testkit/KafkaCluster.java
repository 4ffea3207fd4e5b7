package io.mentorfeed.testkit;

import io.mentorfeed.model.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** A real Kafka cluster given to a test class, with the few helpers tests need to set up and read topics. */
public interface KafkaCluster extends AutoCloseable {

    String bootstrapServers();

    /** Where the cluster came from, for test logs ("in-process KRaft", "Testcontainers apache/kafka:..."). */
    String description();

    /** The client properties a service under test is given: just the bootstrap servers here. */
    default Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers());
        return props;
    }

    default Admin admin() {
        return Admin.create(clientProperties());
    }

    /** Creates the topics as their descriptors say, with replication factor 1; existing ones are left alone. */
    default void createTopics(Collection<? extends Topic<?, ?>> topics) {
        List<NewTopic> newTopics = topics.stream()
                .map(t -> new NewTopic(t.name(), t.spec().partitions(), (short) 1).configs(t.spec().configs()))
                .toList();
        try (Admin admin = admin()) {
            for (var entry : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    entry.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends records and waits for each to be acknowledged. */
    default <K, V> void send(Topic<K, V> topic, Map<K, V> records) {
        Map<String, Object> props = clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (var record : records.entrySet()) {
                producer.send(new ProducerRecord<>(topic.name(), record.getKey(), record.getValue())).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic.name(), e.getCause());
        }
    }

    /** Sends raw bytes, for tests of what happens to a record no serde could have written. */
    default void sendRaw(String topic, byte[] key, byte[] value) {
        try (var producer = new KafkaProducer<>(clientProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e.getCause());
        }
    }

    /**
     * Reads every committed record of a topic, from the beginning to the end offsets as they are now.
     * Uses read_committed so that aborted transactional writes are not counted. Headers are kept.
     */
    default <K, V> List<ConsumerRecord<K, V>> readAll(Topic<K, V> topic) {
        Map<String, Object> props = clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic.name());
                }
                for (var raw : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), raw.timestamp(),
                            raw.timestampType(), raw.serializedKeySize(), raw.serializedValueSize(),
                            topic.keySerde().deserializer().deserialize(raw.topic(), raw.key()),
                            topic.valueSerde().deserializer().deserialize(raw.topic(), raw.value()),
                            raw.headers(), raw.leaderEpoch()));
                }
            }
            return records;
        }
    }

    @Override
    void close();
}
