package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients of one admin command, opened when first used and closed together: an Admin, a producer, and
 * plain consumers (no group, so reading leaves no trace on the cluster). Every wait has the command's one timeout
 * and ends in one line that says what was being done, never in a client stack trace.
 */
public final class AdminKafka implements AutoCloseable {
    private final Map<String, Object> properties;
    private final Duration timeout;
    private Admin admin;
    private KafkaProducer<byte[], byte[]> producer;

    public AdminKafka(Map<String, Object> properties, Duration timeout) {
        this.properties = Map.copyOf(properties);
        this.timeout = timeout;
    }

    public Admin admin() {
        if (admin == null) {
            Map<String, Object> props = new HashMap<>(properties);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "mentorfeed-admin");
            admin = open(props, () -> Admin.create(props));
        }
        return admin;
    }

    /** Every record of a topic from its beginning to its end as it is now (committed records only). */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return new TopicReader(properties, timeout, this::timedOut).readAll(topic);
    }

    /** A compacted topic as a table: the latest value per key, tombstones and unreadable values left out. */
    public <V> KeyedSnapshot<V> latestByKey(Topic<String, V> topic) {
        return KeyedSnapshot.of(topic, readAll(topic.name()));
    }

    /** Writes records and waits until Kafka has them all (acks=all, idempotent). */
    public void send(List<ProducerRecord<byte[], byte[]>> records, String what) {
        List<Future<?>> sent = records.stream().<Future<?>>map(record -> producer().send(record)).toList();
        producer().flush();
        for (Future<?> future : sent) {
            await(future, what);
        }
    }

    public <K, V> void send(Topic<K, V> topic, K key, V value, String what) {
        send(topic, List.of(value), v -> key, what);
    }

    /** Writes values, each under the key it gives, to a topic that must exist; waits until Kafka has them all. */
    public <K, V> void send(Topic<K, V> topic, List<V> values, Function<V, K> key, String what) {
        if (values.isEmpty()) {
            return;
        }
        // A producer would create a missing topic with the broker's defaults, or wait for it until the timeout.
        partitions(topic.name());
        send(values.stream().map(value -> new ProducerRecord<>(topic.name(),
                topic.keySerde().serializer().serialize(topic.name(), key.apply(value)),
                topic.valueSerde().serializer().serialize(topic.name(), value))).toList(), what);
    }

    /** Offsets of partitions by a spec (earliest, latest, for a timestamp). */
    public Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec, String what) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        return await(admin().listOffsets(request).all(), what).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The partitions of a topic; a missing topic means the cluster was never set up. */
    public List<TopicPartition> partitions(String topic) {
        return partitionsIfPresent(topic).orElseThrow(() -> notSetUp(topic));
    }

    /** The partitions of a topic, or empty when it does not exist (for topics that may come and go). */
    public Optional<List<TopicPartition>> partitionsIfPresent(String topic) {
        try {
            var description = await(admin().describeTopics(List.of(topic)).allTopicNames(), "describing " + topic);
            return Optional.of(description.get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList());
        } catch (AdminException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static AdminException notSetUp(String topic) {
        return new AdminException("topic " + topic + " does not exist: run ./mentorfeed setup first");
    }

    /**
     * Builds a client. Kafka refuses a bad setting (a malformed or unresolvable bootstrap address, a bad security
     * property) with "Failed to construct kafka consumer" and the reason only in the cause: the line says the reason.
     */
    static <T> T open(Map<String, Object> props, Supplier<T> create) {
        try {
            return create.get();
        } catch (KafkaException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new AdminException("cannot set up a Kafka client for " + props.get("bootstrap.servers") + ": "
                    + Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName()), e);
        }
    }

    /**
     * Waits for a Kafka future. A refusal keeps Kafka's exception as the cause, so callers can tell one they
     * expect (a group that does not exist) from a real failure.
     */
    public <T> T await(Future<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while " + what, e);
        } catch (TimeoutException e) {
            throw timedOut(what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw timedOut(what);
            }
            throw new AdminException("Kafka refused " + what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private AdminException timedOut(String what) {
        return new AdminException("Kafka at " + properties.get("bootstrap.servers") + " did not answer within "
                + timeout.toSeconds() + " s while " + what + ": is it running (./mentorfeed start, or the cluster"
                + " in kafka.bootstrap-servers)?");
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(properties);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            // Must cover linger and one request; a second more keeps the client's own check happy.
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() + 1000);
            props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "mentorfeed-admin");
            producer = open(props,
                    () -> new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()));
        }
        return producer;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
