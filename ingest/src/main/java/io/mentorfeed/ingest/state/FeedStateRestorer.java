package io.mentorfeed.ingest.state;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the feed states of newly assigned feeds from mentorfeed.feed-state before their first poll. Both topics are
 * keyed by mentor id with the same partition count, so mentor partition p has its states in feed-state partition p;
 * if an operator made the counts differ, every partition is read. read_committed: a state written by an instance
 * that died mid-transaction is not trusted, and its entries are not visible either.
 *
 * <p>A read_committed consumer's end offset is the last stable offset: a transaction left open by an instance that
 * was just killed pins it, and states committed after that point by the instances still running would be missed
 * (their newest entries published again). So the restore first waits until every transaction written before it
 * began has ended, committed or aborted by the broker after {@code transaction.timeout.ms}.
 */
public final class FeedStateRestorer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedStateRestorer.class);
    private static final String TOPIC = Topics.FEED_STATE.name();

    private final KafkaConsumer<String, byte[]> consumer;
    /** Only asked for end offsets: read_uncommitted ones say how far anything, open transactions included, was written. */
    private final KafkaConsumer<String, byte[]> written;
    private final Duration timeout;

    public FeedStateRestorer(Map<String, Object> kafkaProperties, String clientId, Duration timeout) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-written");
        this.written = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.timeout = timeout;
    }

    /** The latest state of every feed in these mentor partitions; unreadable records are skipped (logged). */
    public Map<String, FeedState> restore(Collection<Integer> mentorPartitions, int mentorPartitionCount) {
        List<TopicPartition> partitions = partitionsFor(mentorPartitions, mentorPartitionCount);
        Map<String, FeedState> states = new HashMap<>();
        if (partitions.isEmpty()) {
            return states;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> writtenEnd = written.endOffsets(partitions, timeout);
        Map<TopicPartition, Long> stableEnd = consumer.endOffsets(partitions, timeout);
        long waitStarted = System.nanoTime();
        while (!reached(stableEnd, writtenEnd)) {
            readFor(states, deadline, "transactions open in feed states not ended");
            stableEnd = consumer.endOffsets(partitions, timeout);
        }
        long waitedMillis = (System.nanoTime() - waitStarted) / 1_000_000;
        if (waitedMillis >= 1_000) {
            log.info("feed states waited for open transactions to end millis={} partitions={}", waitedMillis,
                    partitions.size());
        }
        Map<TopicPartition, Long> end = stableEnd;
        while (!partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
            readFor(states, deadline, "feed states not read");
        }
        consumer.unsubscribe();
        return states;
    }

    private static boolean reached(Map<TopicPartition, Long> offsets, Map<TopicPartition, Long> targets) {
        return targets.entrySet().stream().allMatch(t -> offsets.get(t.getKey()) >= t.getValue());
    }

    private void readFor(Map<String, FeedState> states, long deadline, String failure) {
        if (System.nanoTime() > deadline) {
            throw new KafkaException(failure + " within " + timeout);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            apply(states, record);
        }
    }

    private List<TopicPartition> partitionsFor(Collection<Integer> mentorPartitions, int mentorPartitionCount) {
        var all = consumer.partitionsFor(TOPIC, timeout).stream().map(p -> new TopicPartition(TOPIC, p.partition()))
                .toList();
        if (all.size() != mentorPartitionCount) {
            return all;
        }
        return all.stream().filter(p -> mentorPartitions.contains(p.partition())).toList();
    }

    private static void apply(Map<String, FeedState> states, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            states.remove(record.key());
            return;
        }
        try {
            FeedState state = Topics.FEED_STATE.valueSerde().deserializer().deserialize(TOPIC, record.value());
            states.put(state.mentorId(), state);
        } catch (KafkaException | IllegalArgumentException e) {
            log.warn("feed state unreadable mentor={} origin={}-{}@{} error=\"{}\"", record.key(), TOPIC,
                    record.partition(), record.offset(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        written.close(Duration.ofSeconds(5));
    }
}
