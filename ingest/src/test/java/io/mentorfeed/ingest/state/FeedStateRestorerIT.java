package io.mentorfeed.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * An instance killed mid-transaction leaves its transaction open; the instance still running commits a newer state
 * of the same feed after it. The restore must wait for the broker to abort the open one and return the newer state:
 * stopping at the last stable offset would return the older state, and the new owner would publish again the entries
 * the survivor had already published (seen in the fault-injection run).
 */
@WithKafka
class FeedStateRestorerIT {
    private static final int PARTITION = 0;

    @Test
    void aTransactionLeftOpenDoesNotHideStatesCommittedAfterIt(KafkaCluster kafka) throws Exception {
        kafka.createTopics(List.of(Topics.MENTORS, Topics.FEED_STATE));
        int partitions = Topics.FEED_STATE.spec().partitions();
        try (var survivor = producer(kafka, "survivor"); var killed = producer(kafka, "killed")) {
            commit(survivor, state("old"));
            killed.beginTransaction();
            killed.send(record(state("never-committed"))).get();
            killed.flush();
            // The killed producer is never heard of again: its transaction stays open until the broker aborts it.
            commit(survivor, state("new"));

            try (var restorer = new FeedStateRestorer(kafka.clientProperties(), "restorer-test", Duration.ofSeconds(30))) {
                Map<String, FeedState> restored = restorer.restore(List.of(PARTITION), partitions);
                assertThat(restored.get("m1").etag()).isEqualTo("new");
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(KafkaCluster kafka, String name) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "restorer-it-" + name);
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 3_000);
        var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
        return producer;
    }

    private static void commit(KafkaProducer<String, byte[]> producer, FeedState state) throws Exception {
        producer.beginTransaction();
        producer.send(record(state)).get();
        producer.commitTransaction();
    }

    private static ProducerRecord<String, byte[]> record(FeedState state) {
        byte[] value = Topics.FEED_STATE.valueSerde().serializer().serialize(Topics.FEED_STATE.name(), state);
        return new ProducerRecord<>(Topics.FEED_STATE.name(), PARTITION, state.mentorId(), value);
    }

    private static FeedState state(String etag) {
        return new FeedState("m1", "http://feeds.example/m1.xml", etag, null, Instant.parse("2026-11-22T00:00:00Z"),
                200, null, 0, null, true, List.of("e-" + etag));
    }
}
