package io.mentorfeed.model.follow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka consumer on a thread of its own that follows topics: the loop each service used to write by hand. It
 * waits for its topics to exist (a cluster may be set up after the service starts), places itself (every partition
 * from the beginning or from the end as it is then, or the partitions a consumer group gives it), hands each poll's
 * records to its {@link Handler} on its thread, keeps its positions through broker outages (the poll is tried again
 * after a pause), runs what other threads ask of the consumer between polls ({@link #onConsumerThread}), and stops
 * cleanly. A handler's own failure ends the follower: {@link #isAlive()} turns false and the health checks say so.
 */
public final class TopicFollower<K, V> implements AutoCloseable {
    /** Where an assigned topic is read from. */
    public enum From { BEGINNING, END }

    /** What a follower does with what it reads; every method runs on the follower's thread. */
    public interface Handler<K, V> {
        /** Once the partitions are placed and their start resolved, before the first poll. */
        default void placed(Consumer<K, V> consumer, Collection<TopicPartition> partitions) {}

        /** The records of one poll (often none). */
        void records(Consumer<K, V> consumer, ConsumerRecords<K, V> records);

        /** After every poll and its records: timers, catch-up checks, work asked for by the records. */
        default void afterPoll(Consumer<K, V> consumer) {}

        /** The follower has stopped, for whatever reason; its consumer is already closed (its thread is ending). */
        default void stopped() {}
    }

    private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Map<String, Object> properties;
    private final Deserializer<K> keys;
    private final Deserializer<V> values;
    private final Map<String, From> assigned;
    private final List<String> subscribed;
    private final ConsumerRebalanceListener rebalance;
    private final Duration pollTimeout;
    private final Duration retryEvery;
    private final Handler<K, V> handler;
    private final ConcurrentLinkedQueue<java.util.function.Consumer<Consumer<K, V>>> asked =
            new ConcurrentLinkedQueue<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean following;
    /** Created by start(), then used by the follower's thread only (and woken up by stop()). */
    private volatile KafkaConsumer<K, V> consumer;
    private Thread thread;

    private TopicFollower(Builder<K, V> b) {
        this.name = b.name;
        this.properties = new java.util.HashMap<>(b.properties);
        this.keys = b.keys;
        this.values = b.values;
        this.assigned = new LinkedHashMap<>(b.assigned);
        this.subscribed = List.copyOf(b.subscribed);
        this.rebalance = b.rebalance;
        this.pollTimeout = b.pollTimeout;
        this.retryEvery = b.retryEvery;
        this.handler = Objects.requireNonNull(b.handler, "handler");
        if (assigned.isEmpty() == subscribed.isEmpty()) {
            throw new IllegalArgumentException(name + ": follow assigned topics or a group's topics, not both or none");
        }
        // Looking for a topic that is not there must not create it with the broker's defaults: setup does.
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.putIfAbsent(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (!subscribed.isEmpty()) {
            Objects.requireNonNull(properties.get(ConsumerConfig.GROUP_ID_CONFIG), name + ": a group needs a group id");
        } else {
            properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        }
    }

    /** A follower named {@code name} (its thread's name, in its log lines). */
    public static <K, V> Builder<K, V> builder(String name, Map<String, Object> properties, Deserializer<K> keys,
                                               Deserializer<V> values) {
        return new Builder<>(name, properties, keys, values);
    }

    /** Creates the consumer (a bad client setting fails here, not on a thread) and starts following. */
    public synchronized TopicFollower<K, V> start() {
        if (thread != null) {
            throw new IllegalStateException(name + " already started");
        }
        consumer = new KafkaConsumer<>(properties, keys, values);
        running = true;
        thread = new Thread(this::run, name);
        thread.start();
        return this;
    }

    /** True once the follower has placed itself and polls: records written from now on reach the handler. */
    public boolean isFollowing() {
        return following && running;
    }

    /** False before start and once the thread has ended, by {@link #stop()} or by a failure it could not survive. */
    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /**
     * Runs {@code action} on the follower's thread before its next poll, so within one poll timeout: a consumer is
     * single-threaded. Not by waking the consumer up, which could interrupt the handler in the middle of a batch.
     */
    public void onConsumerThread(java.util.function.Consumer<Consumer<K, V>> action) {
        asked.add(action);
    }

    /** Stops following and waits for the thread (which closes the consumer); idempotent. */
    public synchronized void stop() {
        if (thread == null || !running) {
            return;
        }
        running = false;
        stopping.countDown();
        consumer.wakeup();
        try {
            thread.join(CALL_TIMEOUT.toMillis() * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void run() {
        try (KafkaConsumer<K, V> closedOnExit = consumer) {
            if (!place()) {
                return;
            }
            following = true;
            while (running) {
                try {
                    runAsked();
                    handler.records(consumer, consumer.poll(pollTimeout));
                    handler.afterPoll(consumer);
                } catch (WakeupException e) {
                    return; // stop()
                } catch (KafkaException e) {
                    // Broker unavailable, timeouts: the consumer keeps its positions, so trying again resumes.
                    log.warn("{} poll failed errorClass={} error=\"{}\" retryInMillis={}", name,
                            e.getClass().getSimpleName(), e.getMessage(), retryEvery.toMillis());
                    pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (WakeupException e) {
            // stopped while placing itself
        } catch (RuntimeException e) {
            log.error("{} stopped errorClass={} error=\"{}\"", name, e.getClass().getSimpleName(), e.getMessage(), e);
        } finally {
            following = false;
            running = false;
            try {
                handler.stopped();
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly error=\"{}\"", name, e.getMessage());
            }
        }
    }

    private void runAsked() {
        for (var action = asked.poll(); action != null; action = asked.poll()) {
            action.accept(consumer);
        }
    }

    /** Subscribes, or waits for every assigned topic and assigns it from where it is read; false if stopped. */
    private boolean place() throws InterruptedException {
        if (!subscribed.isEmpty()) {
            consumer.subscribe(subscribed, rebalance);
            handler.placed(consumer, List.of());
            return true;
        }
        long nextWarning = 0;
        while (running) {
            List<String> missing = new ArrayList<>();
            List<TopicPartition> beginning = new ArrayList<>();
            List<TopicPartition> end = new ArrayList<>();
            for (var topic : assigned.entrySet()) {
                List<TopicPartition> partitions = partitionsOf(topic.getKey());
                if (partitions.isEmpty()) {
                    missing.add(topic.getKey());
                }
                (topic.getValue() == From.BEGINNING ? beginning : end).addAll(partitions);
            }
            if (missing.isEmpty()) {
                List<TopicPartition> all = new ArrayList<>(beginning);
                all.addAll(end);
                consumer.assign(all);
                // Never with an empty list: Kafka reads that as "every assigned partition".
                if (!beginning.isEmpty()) {
                    consumer.seekToBeginning(beginning);
                }
                if (!end.isEmpty()) {
                    consumer.seekToEnd(end);
                }
                // Resolved now (seeks are lazy), so that "from the end" means now and not at some later fetch.
                all.forEach(p -> consumer.position(p, CALL_TIMEOUT));
                handler.placed(consumer, all);
                log.info("{} following topics={} partitions={}", name, assigned.keySet(), all.size());
                return true;
            }
            if (System.nanoTime() >= nextWarning) {
                log.warn("{} waiting for topics missing={} (run ./mentorfeed setup) retryInMillis={}", name, missing,
                        retryEvery.toMillis());
                nextWarning = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            }
            pause();
        }
        return false;
    }

    private List<TopicPartition> partitionsOf(String topic) {
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, CALL_TIMEOUT);
            return infos == null ? List.of() : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of();
        }
    }

    private void pause() throws InterruptedException {
        if (stopping.await(retryEvery.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new InterruptedException("stopped");
        }
    }

    /** The settings of a follower, by name. */
    public static final class Builder<K, V> {
        private final String name;
        private final Map<String, Object> properties;
        private final Deserializer<K> keys;
        private final Deserializer<V> values;
        private final Map<String, From> assigned = new LinkedHashMap<>();
        private final List<String> subscribed = new ArrayList<>();
        private ConsumerRebalanceListener rebalance;
        private Duration pollTimeout = Duration.ofMillis(500);
        private Duration retryEvery = Duration.ofSeconds(1);
        private Handler<K, V> handler;

        private Builder(String name, Map<String, Object> properties, Deserializer<K> keys, Deserializer<V> values) {
            this.name = name;
            this.properties = properties;
            this.keys = keys;
            this.values = values;
        }

        /** Every partition of {@code topic}, read from its beginning or its end at start. */
        public Builder<K, V> assign(String topic, From from) {
            assigned.put(topic, from);
            return this;
        }

        /** The partitions of these topics that the consumer group (group.id in the properties) gives. */
        public Builder<K, V> subscribe(Collection<String> topics, ConsumerRebalanceListener listener) {
            subscribed.addAll(topics);
            rebalance = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder<K, V> pollTimeout(Duration value) {
            pollTimeout = value;
            return this;
        }

        /** How long to wait before looking for missing topics again, or polling again after a failure. */
        public Builder<K, V> retryEvery(Duration value) {
            retryEvery = value;
            return this;
        }

        public Builder<K, V> handler(Handler<K, V> value) {
            handler = value;
            return this;
        }

        public TopicFollower<K, V> build() {
            return new TopicFollower<>(this);
        }
    }
}
