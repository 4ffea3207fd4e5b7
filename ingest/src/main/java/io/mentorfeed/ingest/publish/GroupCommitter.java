package io.mentorfeed.ingest.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transactional producer shared by all fetch threads. A producer runs one transaction at a time, and a commit
 * per poll would cap ingest at a few hundred polls per second; so one thread takes every poll waiting at that
 * moment and commits them together (group commit). Each poll's records stay together and in order, and each
 * caller learns whether its own records were committed.
 */
final class GroupCommitter implements AutoCloseable {
    /** Polls committed in one transaction at most: bounds the work an abort throws away. */
    static final int MAX_GROUP = 512;

    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

    private record Pending(List<ProducerRecord<byte[], byte[]>> records, CompletableFuture<Void> done) {}

    private final Map<String, Object> props;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    /** Created on the commit thread, so start-up does not wait for the broker; replaced after a fatal error. */
    private volatile KafkaProducer<byte[], byte[]> producer;

    GroupCommitter(Map<String, Object> kafkaProperties, String transactionalId, Duration ackTimeout) {
        props = new HashMap<>(kafkaProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // One request in flight: with transactions v2 every transaction starts each partition's sequence at 0 again,
        // and a broker with no state for the new epoch refuses any later batch that overtakes the first
        // (OutOfOrderSequenceException, retried, and a transaction held up or aborted under load). Larger batches
        // keep the throughput that several requests in flight gave.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) (ackTimeout.toMillis() - 5_000));
        // An instance that dies mid-transaction holds back read_committed readers until the broker aborts it.
        props.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 15_000);
        thread = new Thread(this::run, "ingest-commit");
        thread.setDaemon(true);
        thread.start();
    }

    CompletableFuture<Void> submit(List<ProducerRecord<byte[], byte[]>> records) {
        var pending = new Pending(List.copyOf(records), new CompletableFuture<>());
        if (!running) {
            pending.done().completeExceptionally(new KafkaException("publisher is closed"));
            return pending.done();
        }
        queue.add(pending);
        return pending.done();
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                commit(group);
            } catch (InterruptedException e) {
                break;
            } finally {
                group.clear();
            }
        }
        queue.forEach(p -> p.done().completeExceptionally(new KafkaException("publisher is closed")));
    }

    private void commit(List<Pending> group) {
        try {
            if (producer == null) {
                producer = newProducer();
            }
            producer.beginTransaction();
            for (Pending pending : group) {
                pending.records().forEach(producer::send);
            }
            producer.commitTransaction();
            group.forEach(p -> p.done().complete(null));
        } catch (KafkaException e) {
            log.warn("transaction failed polls={} error=\"{}\"", group.size(), String.valueOf(e.getMessage()));
            group.forEach(p -> p.done().completeExceptionally(e));
            recover();
        }
    }

    /** Aborts what the failed transaction wrote; a producer in a fatal state is replaced. */
    private void recover() {
        if (producer == null) {
            return;
        }
        try {
            producer.abortTransaction();
        } catch (KafkaException | IllegalStateException abortFailed) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private KafkaProducer<byte[], byte[]> newProducer() {
        var created = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        try {
            created.initTransactions();
            return created;
        } catch (KafkaException e) {
            created.close(Duration.ZERO);
            throw e;
        }
    }

    /** Commits what is queued, then closes the producer. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer(Duration.ofSeconds(10));
    }

    /** Stops at once: an open transaction is left for the broker to abort on its timeout, as after a crash. */
    void abandon() {
        running = false;
        thread.interrupt();
        closeProducer(Duration.ZERO);
    }

    private void closeProducer(Duration timeout) {
        KafkaProducer<byte[], byte[]> current = producer;
        if (current != null) {
            current.close(timeout);
        }
    }
}
