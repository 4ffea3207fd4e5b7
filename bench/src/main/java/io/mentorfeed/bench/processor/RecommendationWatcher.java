package io.mentorfeed.bench.processor;

import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads mentorfeed.recommendations read_committed, as a reader of the digest would, counting records and noting
 * when the first recommendation of each post became readable. Only keys are parsed ("profile/post").
 */
final class RecommendationWatcher implements Runnable, AutoCloseable {
    final AtomicLong count = new AtomicLong();
    final Map<String, Long> firstReadableNanos = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;
    private final Thread thread;

    RecommendationWatcher(Map<String, Object> kafka) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        var partitions = consumer.partitionsFor(Topics.RECOMMENDATIONS.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this, "recommendation-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        while (running) {
            var records = consumer.poll(Duration.ofMillis(20));
            long now = System.nanoTime();
            for (var r : records) {
                String key = r.key();
                firstReadableNanos.putIfAbsent(key.substring(key.indexOf('/') + 1), now);
                count.incrementAndGet();
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
