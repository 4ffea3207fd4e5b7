package io.mentorfeed.api.view;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import io.mentorfeed.model.follow.TopicFollower;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materialises profiles, mentors, posts, recommendations, feed states, engagements and sent digests from the
 * beginning of their topics, with one consumer that is assigned every partition (no consumer group: each API
 * instance holds the whole view), followed by a {@link TopicFollower} on a thread of its own. Reads read_committed
 * so aborted processor transactions never show. Ready once it has read up to the end offsets taken at start
 * ({@link CatchUp}); it then keeps following. It also follows {@code mentorfeed.control} from its end at start, and
 * rebuilds the view from the beginning on a {@code REBUILD_READ_MODEL} command ({@link Materializer}: the old view
 * is served until the new one caught up).
 */
public final class ReadModel implements AutoCloseable {
    static final String LAG = "mentorfeed.api.read.model.lag";
    private static final Logger log = LoggerFactory.getLogger(ReadModel.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final String CONTROL = Topics.CONTROL.name();

    private final Duration catchUpWarning;
    private final Materializer materializer;
    private final TopicFollower<byte[], byte[]> follower;
    private volatile boolean caughtUp;
    /** Records behind the end of the topics, as of the last poll; NaN until every partition has been fetched. */
    private volatile double lag = Double.NaN;

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
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-view-" + UUID.randomUUID());
        this.catchUpWarning = catchUpWarning;
        this.materializer = new Materializer(registry);
        var builder = TopicFollower.builder("api-read-model", props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).pollTimeout(POLL).handler(new Follow());
        ViewUpdater.TOPICS.forEach(topic -> builder.assign(topic.name(), TopicFollower.From.BEGINNING));
        this.follower = builder.assign(CONTROL, TopicFollower.From.END).build();
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
        return follower.isAlive();
    }

    /** Starts following; a bad client setting fails here rather than on the background thread. */
    public void start() {
        follower.start();
    }

    /** Stops following the topics and waits for the consumer thread; idempotent. */
    public void stop() {
        follower.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** What the follower does with the records, on its thread. */
    private final class Follow implements TopicFollower.Handler<byte[], byte[]> {
        private List<TopicPartition> data = List.of();
        /** Taken after placement, retried after a failed poll turn: ready means having read this far. */
        private CatchUp goal;
        private long startedNanos;
        private long nextWarningNanos;
        /**
         * Kept across turns: when the broker fails the rebuild's first call, the command is tried again next turn
         * rather than lost (the control topic's position has already moved past it).
         */
        private ControlCommand rebuildRequest;

        @Override
        public void placed(Consumer<byte[], byte[]> consumer, Collection<TopicPartition> partitions) {
            data = partitions.stream().filter(p -> !p.topic().equals(CONTROL)).toList();
            startedNanos = System.nanoTime();
            nextWarningNanos = startedNanos + catchUpWarning.toNanos();
        }

        @Override
        public void records(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records) {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (record.topic().equals(CONTROL)) {
                    rebuildRequest = RebuildRequests.of(record).orElse(rebuildRequest);
                } else {
                    materializer.apply(record);
                }
            }
        }

        @Override
        public void afterPoll(Consumer<byte[], byte[]> consumer) {
            if (goal == null) {
                goal = new CatchUp(consumer.endOffsets(data, CALL_TIMEOUT));
            }
            measureLag(consumer);
            if (rebuildRequest != null) {
                rebuild(consumer, rebuildRequest);
                rebuildRequest = null;
            }
            if (caughtUp) {
                materializer.finishRebuildIfCaughtUp(p -> consumer.position(p, CALL_TIMEOUT));
            } else if (goal.reachedBy(p -> consumer.position(p, CALL_TIMEOUT))) {
                caughtUp = true;
                log.info("read model caught up records={} skipped={} entries={} elapsedMs={}",
                        materializer.applied(), materializer.skipped(), materializer.servedSize(),
                        (System.nanoTime() - startedNanos) / 1_000_000);
            } else if (System.nanoTime() > nextWarningNanos) {
                log.warn("read model still catching up remainingOffsets={} elapsedMs={}",
                        goal.remaining(p -> consumer.position(p, CALL_TIMEOUT)),
                        (System.nanoTime() - startedNanos) / 1_000_000);
                nextWarningNanos = System.nanoTime() + catchUpWarning.toNanos();
            }
        }

        @Override
        public void stopped() {
            log.info("read model stopped applied={} skipped={}", materializer.applied(), materializer.skipped());
        }

        /** Goes back to the beginning of the data topics, filling a fresh view; control keeps its position. */
        private void rebuild(Consumer<byte[], byte[]> consumer, ControlCommand command) {
            if (!caughtUp || materializer.rebuilding()) {
                // The view is being read from the beginning already: it will hold everything written before it.
                log.info("read model rebuild not needed command={} reason={}", command.id(),
                        caughtUp ? "already-rebuilding" : "still-catching-up");
                return;
            }
            // The goal first: if the broker does not answer, nothing has moved and the served view is untouched.
            CatchUp rebuilt = new CatchUp(consumer.endOffsets(data, CALL_TIMEOUT));
            consumer.seekToBeginning(data);
            materializer.startRebuild(command, rebuilt);
        }

        /** The consumer's own lag per partition, from its last fetches (no broker call); kept while one is unknown. */
        private void measureLag(Consumer<byte[], byte[]> consumer) {
            long total = 0;
            for (TopicPartition partition : consumer.assignment()) {
                OptionalLong behind = consumer.currentLag(partition);
                if (behind.isEmpty()) {
                    return; // not fetched yet since start or since a rebuild's seek
                }
                total += behind.getAsLong();
            }
            lag = total;
        }
    }
}
