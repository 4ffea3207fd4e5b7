package io.mentorfeed.app;

import io.mentorfeed.app.admin.AdminKafka;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * them. The file seeds, the API owns after (docs/design.md, "Who owns the registry"): a mentor or profile of the
 * file is written only when its topic has no record of that id yet, so what the API, the web page or an admin
 * command changed (a pause, a new feed URL, interests, a deletion) survives every restart; to push the file's
 * version over an existing record, use {@code ./mentorfeed admin import FILE}. A deletion holds while its
 * tombstone is on the topic (compaction drops it after the topic's delete.retention.ms, a day by default; take the
 * id out of the file too).
 */
public final class RegistrySeeder {
    private static final Logger log = LoggerFactory.getLogger(RegistrySeeder.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private RegistrySeeder() {}

    public static void seed(Map<String, Object> kafka, List<Mentor> mentors, List<Profile> profiles) {
        Set<String> knownMentors;
        Set<String> knownProfiles;
        try (var registry = new AdminKafka(kafka, READ_TIMEOUT)) {
            knownMentors = keys(registry, Topics.MENTORS.name());
            knownProfiles = keys(registry, Topics.PROFILES.name());
        }
        List<Mentor> newMentors = mentors.stream().filter(m -> !knownMentors.contains(m.id())).toList();
        List<Profile> newProfiles = profiles.stream().filter(p -> !knownProfiles.contains(p.id())).toList();
        write(kafka, newMentors, newProfiles);
        log.info("registry seeded mentors={} profiles={} kept={} (the file seeds; './mentorfeed admin import FILE' "
                + "pushes its changes to registered ones)", newMentors.size(), newProfiles.size(),
                mentors.size() - newMentors.size() + profiles.size() - newProfiles.size());
    }

    /** The ids a registry topic has a record of, a tombstone included: a deleted one stays deleted. */
    private static Set<String> keys(AdminKafka registry, String topic) {
        Set<String> keys = new HashSet<>();
        for (var record : registry.readAll(topic)) {
            if (record.key() != null) {
                keys.add(new String(record.key(), StandardCharsets.UTF_8));
            }
        }
        return keys;
    }

    private static void write(Map<String, Object> kafka, List<Mentor> mentors, List<Profile> profiles) {
        if (mentors.isEmpty() && profiles.isEmpty()) {
            return;
        }
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
