package io.mentorfeed.bench.memory;

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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Waits until a running mentorfeed's mentorfeed.posts holds at least TARGET distinct posts (read_committed, from the
 * beginning), or the time bound, and says how many it saw and when. bench/run's memory row reads the JVM's resident
 * memory once this returns. Arguments: BOOTSTRAP TARGET TIMEOUT_SECONDS. Prints {@code posts count=N seconds=S}.
 */
public final class PostCount {
    private PostCount() {}

    public static void main(String[] args) {
        long target = Long.parseLong(args[1]);
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        Set<String> posts = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.POSTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (posts.size() < target && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> posts.add(record.key()));
            }
        }
        System.out.printf(Locale.ROOT, "posts count=%d seconds=%.1f%n", posts.size(),
                (System.nanoTime() - started) / 1e9);
    }
}
