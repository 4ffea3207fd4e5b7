package io.mentorfeed.bench.ingest;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Between two rounds of bench/run's polling rows: rewrites each feed's state on mentorfeed.feed-state with its next
 * poll due now, validators and seen entries kept, as an ingest restarted after an hour's downtime would find them.
 * The next {@link IngestOnce} then polls every feed at once, conditionally. Argument: BOOTSTRAP. Prints
 * {@code feeds-due-now feeds=N}.
 */
public final class FeedsDueNow {
    private FeedsDueNow() {}

    public static void main(String[] args) {
        Map<String, Object> kafka = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, FeedState> latest = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(kafka, Topics.FEED_STATE.keySerde().deserializer(),
                Topics.FEED_STATE.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.FEED_STATE.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null) {
                        latest.put(record.key(), record.value());
                    }
                }
            }
        }
        Instant now = Instant.now();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", args[0]),
                Topics.FEED_STATE.keySerde().serializer(), Topics.FEED_STATE.valueSerde().serializer())) {
            latest.forEach((mentor, s) -> producer.send(new ProducerRecord<>(Topics.FEED_STATE.name(), mentor,
                    new FeedState(s.mentorId(), s.feedUrl(), s.etag(), s.lastModified(), s.lastFetchAt(),
                            s.lastStatus(), now, s.consecutiveErrors(), s.lastError(), s.healthy(),
                            s.recentEntryIds()))));
        }
        System.out.println("feeds-due-now feeds=" + latest.size());
    }
}
