package io.mentorfeed.bench.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.IngestService;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One ingest instance as its own process, polling every feed of the registry once: it starts, follows the mentors
 * {@link PollingBroker} registered, and exits when each of them has a poll recorded on mentorfeed.fetch-log
 * (read_committed, so a poll counts once its transaction is in), or at the time bound. bench/run measures the whole
 * process (JVM start included) as it measures newsboat's and rss2email's.
 * Arguments: BOOTSTRAP FEEDS FETCH_THREADS TIMEOUT_SECONDS. Prints
 * {@code ingest-once recorded=R feeds=N readySeconds= firstSeconds= lastSeconds=}: from the ingest's start to it
 * being ready (mentors assigned and feed states restored), to the first poll recorded, and to the last.
 */
public final class IngestOnce {
    private IngestOnce() {}

    public static void main(String[] args) throws Exception {
        Map<String, Object> kafka = Map.of("bootstrap.servers", args[0]);
        int feeds = Integer.parseInt(args[1]);
        int fetchThreads = Integer.parseInt(args[2]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
        // Polled at most once in this process's life (a second poll would be work the peers do not do); bench/run
        // marks every feed due again before the next round (FeedsDueNow), as a restart after downtime finds them.
        Duration interval = Duration.ofHours(1);
        var config = IngestConfig.builder().groupId("bench-ingest").pollInterval(interval).maxPollInterval(interval)
                .minPollInterval(interval).initialPollSpread(Duration.ZERO).connectTimeout(Duration.ofSeconds(5))
                .maxConcurrentFetches(fetchThreads).maxConcurrentPerHost(fetchThreads).withoutComments()
                .fullText(FullTextConfig.off()).allowPrivateAddresses(true).build();
        try (var fetchLog = fetchLogFromNow(kafka); var ingest = new IngestService(config, kafka)) {
            long t0 = System.nanoTime();
            ingest.start();
            Set<String> recorded = new HashSet<>();
            long ready = 0;
            long first = 0;
            long last = t0;
            while (recorded.size() < feeds && System.nanoTime() < deadline) {
                for (var record : fetchLog.poll(Duration.ofMillis(20))) {
                    if (recorded.add(record.key())) {
                        last = System.nanoTime();
                        first = first == 0 ? last : first;
                    }
                }
                ready = ready == 0 && ingest.isReady() ? System.nanoTime() : ready;
            }
            System.out.printf(Locale.ROOT, "ingest-once recorded=%d feeds=%d readySeconds=%.2f firstSeconds=%.2f "
                    + "lastSeconds=%.2f%n", recorded.size(), feeds, seconds(ready, t0), seconds(first, t0),
                    seconds(last, t0));
        }
    }

    private static double seconds(long at, long start) {
        return at == 0 ? Double.NaN : (at - start) / 1e9;
    }

    /** A read_committed consumer of every fetch-log partition, placed at its end before ingest starts. */
    private static KafkaConsumer<String, String> fetchLogFromNow(Map<String, Object> kafka) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.FETCH_LOG.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
