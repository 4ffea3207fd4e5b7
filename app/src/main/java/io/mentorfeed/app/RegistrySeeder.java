package io.mentorfeed.app;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the mentors and profiles of the config file on their compacted topics, where every service reads
 * them. The config is a seed: records already there are overwritten by the file's version, others are left alone.
 */
public final class RegistrySeeder {
    private static final Logger log = LoggerFactory.getLogger(RegistrySeeder.class);

    private RegistrySeeder() {}

    public static void seed(Map<String, Object> kafka, List<Mentor> mentors, List<Profile> profiles) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Right after set-up a partition's leader may not be known yet: its first batch is refused (not leader) while
        // the next ones, already in flight, are appended, and the retried first one is then out of sequence forever
        // (seen with 10,000 mentors on a fresh embedded broker). One request in flight keeps the batches in order.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "mentorfeed-registry-seeder");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            send(producer, Topics.MENTORS, mentors, Mentor::id);
            send(producer, Topics.PROFILES, profiles, Profile::id);
        }
        log.info("registry seeded mentors={} profiles={}", mentors.size(), profiles.size());
    }

    private static <V> void send(KafkaProducer<String, byte[]> producer, Topic<String, V> topic, List<V> values,
                                 Function<V, String> key) {
        // All sent, then all awaited: one round trip for the batch rather than one per record.
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (V value : values) {
            byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
            sent.add(producer.send(new ProducerRecord<>(topic.name(), key.apply(value), bytes)));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> result : sent) {
                result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering " + topic.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot register " + topic.name() + ": " + e.getCause().getMessage(), e);
        }
    }
}
