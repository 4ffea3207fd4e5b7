package io.mentorfeed.api.write;

import io.mentorfeed.model.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the API's commands (mentors, profiles, engagements) to Kafka and waits for the broker's acknowledgement,
 * so a 2xx answer means the record is durable. Idempotent producer with acks=all: a retried send is not duplicated.
 */
public final class EventWriter implements Writer, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventWriter.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaProducer<byte[], byte[]> producer;

    public EventWriter(Map<String, Object> kafkaProperties) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis() / 2);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-writer");
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Writes {@code value} under {@code key}, or a tombstone when {@code value} is null; waits for the ack. */
    @Override
    public <V> void write(Topic<String, V> topic, String key, V value) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] valueBytes = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
        try {
            producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("api wrote topic={} key={} tombstone={}", topic.name(), key, value == null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteFailedException(topic.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("api write failed topic={} key={} errorClass={}", topic.name(), key, e.getClass().getSimpleName());
            throw new WriteFailedException(topic.name(), e);
        }
    }

    /** Writes a record already in bytes (a dead letter) and waits for the ack. */
    public void writeRecord(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("api wrote topic={}", record.topic());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteFailedException(record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("api write failed topic={} errorClass={}", record.topic(), e.getClass().getSimpleName());
            throw new WriteFailedException(record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
