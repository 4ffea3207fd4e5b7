package io.mentorfeed.api.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materialises profiles, mentors, posts, recommendations, feed states and engagements from the beginning of their topics into a
 * {@link MaterializedView}, on its own thread, with one consumer that is assigned every partition (no consumer
 * group: each API instance holds the whole view). Reads read_committed so aborted processor transactions never
 * show. Ready once it has read up to the end offsets taken at start ({@link CatchUp}); it then keeps following.
 */
public final class ReadModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReadModel.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final long RETRY_MILLIS = 1_000;

    private final Map<String, Object> consumerProperties;
    private final Duration catchUpWarning;
    private final MaterializedView view = new MaterializedView();
    private final ViewUpdater updater = new ViewUpdater(view);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean caughtUp;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /**
     * @param kafkaProperties bootstrap servers and security settings; copied
     * @param catchUpWarning  after this long without catching up, log that the view is still catching up
     */
    public ReadModel(Map<String, Object> kafkaProperties, Duration catchUpWarning) {
        this.consumerProperties = new HashMap<>(kafkaProperties);
        consumerProperties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProperties.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-view-" + UUID.randomUUID());
        this.catchUpWarning = catchUpWarning;
    }

    public ReadModelView view() {
        return view;
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("read model already started");
        }
        // Built here so that a bad client setting fails start() rather than a background thread.
        consumer = new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(() -> run(consumer), "api-read-model");
        thread.start();
    }

    /** Stops following the topics and waits for the consumer thread; idempotent. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopped.countDown();
        if (thread != null) {
            consumer.wakeup();
            try {
                thread.join(CALL_TIMEOUT.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void run(KafkaConsumer<byte[], byte[]> kafka) {
        try (kafka) {
            List<TopicPartition> partitions = awaitPartitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            CatchUp goal = new CatchUp(kafka.endOffsets(partitions, CALL_TIMEOUT));
            follow(kafka, goal);
        } catch (WakeupException | InterruptedException e) {
            // stop() was called
        } catch (RuntimeException e) {
            log.error("read model stopped errorClass={} error=\"{}\"", e.getClass().getSimpleName(), e.getMessage(), e);
        } finally {
            log.info("read model stopped applied={} skipped={}", updater.applied(), updater.skipped());
        }
    }

    private void follow(KafkaConsumer<byte[], byte[]> kafka, CatchUp goal) throws InterruptedException {
        long startedNanos = System.nanoTime();
        long nextWarningNanos = startedNanos + catchUpWarning.toNanos();
        while (running) {
            try {
                for (ConsumerRecord<byte[], byte[]> record : kafka.poll(POLL)) {
                    updater.apply(record);
                }
                if (!caughtUp && goal.reachedBy(p -> kafka.position(p, CALL_TIMEOUT))) {
                    caughtUp = true;
                    log.info("read model caught up records={} skipped={} entries={} elapsedMs={}", updater.applied(),
                            updater.skipped(), view.size(), (System.nanoTime() - startedNanos) / 1_000_000);
                } else if (!caughtUp && System.nanoTime() > nextWarningNanos) {
                    log.warn("read model still catching up remainingOffsets={} elapsedMs={}",
                            goal.remaining(p -> kafka.position(p, CALL_TIMEOUT)),
                            (System.nanoTime() - startedNanos) / 1_000_000);
                    nextWarningNanos = System.nanoTime() + catchUpWarning.toNanos();
                }
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                // Broker unavailable, timeouts: the consumer keeps its positions, so retrying resumes the view.
                log.warn("read model poll failed errorClass={} error=\"{}\"", e.getClass().getSimpleName(),
                        e.getMessage());
                pause();
            }
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<byte[], byte[]> kafka) throws InterruptedException {
        while (running) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (var topic : ViewUpdater.TOPICS) {
                List<PartitionInfo> infos = partitionsOf(kafka, topic.name());
                if (infos.isEmpty()) {
                    missing.add(topic.name());
                }
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            if (missing.isEmpty()) {
                return partitions;
            }
            log.warn("read model waiting for topics missing={}", missing);
            pause();
        }
        throw new InterruptedException("stopped while waiting for topics");
    }

    private static List<PartitionInfo> partitionsOf(KafkaConsumer<byte[], byte[]> kafka, String topic) {
        try {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, CALL_TIMEOUT);
            return infos == null ? List.of() : infos;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of();
        }
    }

    private void pause() throws InterruptedException {
        if (stopped.await(RETRY_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new InterruptedException("stopped");
        }
    }
}
