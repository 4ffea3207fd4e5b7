package io.mentorfeed.ingest.publish;

import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes what ingest learns to Kafka with one idempotent producer (acks=all): entries, fetch outcomes and feed
 * states keyed by mentor id, so each feed's records stay in order on one partition; dead letters keep the
 * failing bytes. Thread-safe: fetch threads share it.
 */
public final class EntryPublisher implements AutoCloseable {
    /** How long a poll waits for its records to be acknowledged before it counts as failed. */
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaProducer<byte[], byte[]> producer;

    public EntryPublisher(Map<String, Object> kafkaProperties) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "mentorfeed-ingest");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) (ACK_TIMEOUT.toMillis() - 5_000));
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends one poll's records in order and waits until Kafka has them all; throws KafkaException otherwise. */
    public void publish(Publication publication) {
        String mentorId = publication.state().mentorId();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (IngestedEntry entry : publication.entries()) {
            sent.add(producer.send(record(Topics.ENTRIES, mentorId, entry)));
        }
        if (publication.deadLetter() != null) {
            sent.add(producer.send(publication.deadLetter()));
        }
        sent.add(producer.send(record(Topics.FETCH_LOG, mentorId, publication.outcome())));
        sent.add(producer.send(record(Topics.FEED_STATE, mentorId, publication.state())));
        awaitAll(sent);
    }

    /** Keeps a record no one could read (a mentor that is not JSON, say), with why, on the dead-letter topic. */
    public void deadLetter(String origin, byte[] key, byte[] payload, String errorClass, String reason) {
        awaitAll(List.of(producer.send(
                DeadLetters.record("ingest", origin, key, payload, errorClass, reason, Instant.now()))));
    }

    /** A dead letter for a feed body that did not parse, keyed by mentor id. */
    public static ProducerRecord<byte[], byte[]> unparsableBody(String mentorId, String feedUrl, byte[] body,
                                                                String reason, Instant at) {
        return DeadLetters.record("ingest", feedUrl, mentorId.getBytes(StandardCharsets.UTF_8), body, "parse",
                reason, at);
    }

    private static <V> ProducerRecord<byte[], byte[]> record(Topic<String, V> topic, String key, V value) {
        return new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent) {
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting for Kafka to acknowledge", e);
        } catch (ExecutionException e) {
            throw new KafkaException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("Kafka did not acknowledge within " + ACK_TIMEOUT, e);
        }
    }

    /** Flushes what is still buffered, then closes. */
    @Override
    public void close() {
        producer.flush();
        producer.close(Duration.ofSeconds(10));
    }
}
