package io.mentorfeed.bench.ingest;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Registers mentors PREFIX0 .. PREFIX(N-1) on mentorfeed.mentors, each following the feed {@code url} names. */
public final class MentorSeeder {
    private MentorSeeder() {}

    static void seed(Map<String, Object> kafka, int feeds, IntFunction<String> url) {
        seed(kafka, "load-", feeds, url);
    }

    public static void seed(Map<String, Object> kafka, String idPrefix, int feeds, IntFunction<String> url) {
        var serde = Topics.MENTORS.valueSerde().serializer();
        // Not idempotent: right after the topics are created, the embedded broker sometimes rejects an idempotent
        // producer's retried first batch as OutOfOrderSequence forever. A duplicate mentor record is harmless on a
        // compacted registry; one in flight keeps the order.
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < feeds; i++) {
                var mentor = new Mentor(idPrefix + i, "Mentor " + idPrefix + i, url.apply(i), SourceKind.BLOG);
                producer.send(new ProducerRecord<>(Topics.MENTORS.name(), mentor.id().getBytes(StandardCharsets.UTF_8),
                        serde.serialize(Topics.MENTORS.name(), mentor)));
            }
        }
    }
}
