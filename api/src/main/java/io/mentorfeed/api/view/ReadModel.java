package io.mentorfeed.api.view;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
 * Materialises profiles, mentors, posts, recommendations, feed states, engagements and sent digests from the
 * beginning of their topics, on its own thread, with one consumer that is assigned every partition (no consumer
 * group: each API instance holds the whole view). Reads read_committed so aborted processor transactions never
 * show. Ready once it has read up to the end offsets taken at start ({@link CatchUp}); it then keeps following.
 * It also follows {@code mentorfeed.control} from its end at start, and rebuilds the view from the beginning on a
 * {@code REBUILD_READ_MODEL} command ({@link Materializer}: the old view is served until the new one caught up).
 */
public final class ReadModel implements AutoCloseable {
    static final String LAG = "mentorfeed.api.read.model.lag";
    private static final Logger log = LoggerFactory.getLogger(ReadModel.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final long RETRY_MILLIS = 1_000;
    private static final String CONTROL = Topics.CONTROL.name();

    private final Map<String, Object> consumerProperties;
    private final Duration catchUpWarning;
    private final Materializer materializer;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean caughtUp;
    /** Records behind the end of the topics, as of the last poll; NaN until every partition has been fetched. */
    private volatile double lag = Double.NaN;
    private KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread thread;

    /** Without metrics: for command-line tools, whose meters nobody scrapes. */
    public ReadModel(Map<String, Object> kafkaProperties, Duration catchUpWarning) {
        this(kafkaProperties, catchUpWarning, new SimpleMeterRegistry());
    }

    /**
     * @param kafkaProperties bootstrap servers and security settings; copied
     * @param catchUpWarning  after this long without catching up, log that the view is still catching up
     * @param registry        gets the lag gauge and the rebuild counter
     */
    public ReadModel(Map<String, Object> kafkaProperties, Duration catchUpWarning, MeterRegistry registry) {
        this.consumerProperties = new HashMap<>(kafkaProperties);
        consumerProperties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProperties.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-view-" + UUID.randomUUID());
        this.catchUpWarning = catchUpWarning;
        this.materializer = new Materializer(registry);
        Gauge.builder(LAG, this, model -> model.lag).baseUnit("records")
                .description("Records the read model is behind the end of its topics").register(registry);
    }

    public ReadModelView view() {
        return materializer.view();
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    /**
     * Caught up and not rebuilding: the view gets every new record. During a rebuild the served view is frozen,
     * which reads are fine with but the email scheduler is not (it must see every digest already claimed).
     */
    public boolean isCurrent() {
        return caughtUp && !materializer.rebuilding();
    }

    /** False before start and once the consumer thread has ended, by stop() or by a failure it could not survive. */
    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
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
            List<TopicPartition> all = awaitPartitions(kafka);
            List<TopicPartition> data = all.stream().filter(p -> !p.topic().equals(CONTROL)).toList();
            List<TopicPartition> control = all.stream().filter(p -> p.topic().equals(CONTROL)).toList();
            kafka.assign(all);
            kafka.seekToBeginning(data);
            kafka.seekToEnd(control);
            // Resolved now, so that "commands from the end at start" means now and not at some later first fetch.
            control.forEach(p -> kafka.position(p, CALL_TIMEOUT));
            CatchUp goal = new CatchUp(kafka.endOffsets(data, CALL_TIMEOUT));
            follow(kafka, data, goal);
        } catch (WakeupException | InterruptedException e) {
            // stop() was called
        } catch (RuntimeException e) {
            log.error("read model stopped errorClass={} error=\"{}\"", e.getClass().getSimpleName(), e.getMessage(), e);
        } finally {
            log.info("read model stopped applied={} skipped={}", materializer.applied(), materializer.skipped());
        }
    }

    private void follow(KafkaConsumer<byte[], byte[]> kafka, List<TopicPartition> data, CatchUp goal)
            throws InterruptedException {
        long startedNanos = System.nanoTime();
        long nextWarningNanos = startedNanos + catchUpWarning.toNanos();
        // Outside the loop: when the broker fails the rebuild's first call, the command is tried again next turn
        // rather than lost (the control topic's position has already moved past it).
        ControlCommand rebuildRequest = null;
        while (running) {
            try {
                for (ConsumerRecord<byte[], byte[]> record : kafka.poll(POLL)) {
                    if (record.topic().equals(CONTROL)) {
                        rebuildRequest = RebuildRequests.of(record).orElse(rebuildRequest);
                    } else {
                        materializer.apply(record);
                    }
                }
                measureLag(kafka);
                if (rebuildRequest != null) {
                    rebuild(kafka, data, rebuildRequest);
                    rebuildRequest = null;
                }
                if (caughtUp) {
                    materializer.finishRebuildIfCaughtUp(p -> kafka.position(p, CALL_TIMEOUT));
                } else if (goal.reachedBy(p -> kafka.position(p, CALL_TIMEOUT))) {
                    caughtUp = true;
                    log.info("read model caught up records={} skipped={} entries={} elapsedMs={}",
                            materializer.applied(), materializer.skipped(), materializer.servedSize(),
                            (System.nanoTime() - startedNanos) / 1_000_000);
                } else if (System.nanoTime() > nextWarningNanos) {
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

    /** Goes back to the beginning of the data topics, filling a fresh view; control keeps its position. */
    private void rebuild(KafkaConsumer<byte[], byte[]> kafka, List<TopicPartition> data, ControlCommand command) {
        if (!caughtUp || materializer.rebuilding()) {
            // The view is being read from the beginning already: it will hold everything written before the command.
            log.info("read model rebuild not needed command={} reason={}", command.id(),
                    caughtUp ? "already-rebuilding" : "still-catching-up");
            return;
        }
        // The goal first: if the broker does not answer, nothing has moved and the served view is untouched.
        CatchUp goal = new CatchUp(kafka.endOffsets(data, CALL_TIMEOUT));
        kafka.seekToBeginning(data);
        materializer.startRebuild(command, goal);
    }

    /** The consumer's own lag per partition, from its last fetches (no broker call); kept while one is unknown. */
    private void measureLag(KafkaConsumer<byte[], byte[]> kafka) {
        long total = 0;
        for (TopicPartition partition : kafka.assignment()) {
            OptionalLong behind = kafka.currentLag(partition);
            if (behind.isEmpty()) {
                return; // not fetched yet since start or since a rebuild's seek
            }
            total += behind.getAsLong();
        }
        lag = total;
    }

    /** Every partition of the materialised topics and of the control topic, once they all exist. */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<byte[], byte[]> kafka) throws InterruptedException {
        List<String> topics = new ArrayList<>(ViewUpdater.TOPICS.stream().map(t -> t.name()).toList());
        topics.add(CONTROL);
        while (running) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = partitionsOf(kafka, topic);
                if (infos.isEmpty()) {
                    missing.add(topic);
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
