package io.mentorfeed.ingest;

import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads operators' commands on mentorfeed.control and acts on the REFETCH_FEED ones for feeds this instance follows.
 * Every instance reads every partition with its own consumer (no group: a command must reach the instance that
 * follows the feed, whichever it is), from the end as it is at start-up: a command is for the services running when
 * it is written, not for one started tomorrow. Runs on its own thread.
 */
final class ControlCommands implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ControlCommands.class);
    private static final String TOPIC = Topics.CONTROL.name();
    /** How often to look again for a control topic that does not exist yet (a cluster set up by an older version). */
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(10);

    private final KafkaConsumer<String, byte[]> consumer;
    private final FeedScheduler scheduler;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean listening;

    ControlCommands(String clientIdPrefix, Map<String, Object> kafkaProperties, FeedScheduler scheduler) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        // Looking for a missing topic must not create it with the broker's defaults (most brokers allow that):
        // ./mentorfeed setup creates it with its one-day retention.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-control");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.scheduler = scheduler;
    }

    @Override
    public void run() {
        try {
            if (!assignFromEnd()) {
                return;
            }
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    handle(record);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("control consumer stopped error=\"{}\"", e.getMessage(), e);
        } finally {
            running = false;
            listening = false;
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Assigns every partition at its current end, waiting for the topic (or the cluster) if need be: ingest polls
     * feeds without commands meanwhile. False if stopped first.
     */
    private boolean assignFromEnd() {
        boolean warned = false;
        while (running) {
            String missing;
            try {
                if (tryAssignFromEnd()) {
                    return true;
                }
                missing = "control topic missing, run ./mentorfeed setup";
            } catch (TimeoutException e) {
                missing = "control topic not reachable: " + e.getMessage();
            }
            if (!warned) {
                log.warn("refetch commands not read yet topic={} error=\"{}\" retryInMillis={}", TOPIC, missing,
                        TOPIC_RETRY.toMillis());
                warned = true;
            }
            try {
                stopping.await(TOPIC_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private boolean tryAssignFromEnd() {
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        if (partitions.isEmpty()) {
            return false;
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end now (seekToEnd is lazy), so that every command written from here on is read.
        partitions.forEach(consumer::position);
        listening = true;
        log.info("control commands followed topic={} partitions={}", TOPIC, partitions.size());
        return true;
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        ControlCommand command;
        try {
            command = Topics.CONTROL.valueSerde().deserializer().deserialize(TOPIC, record.value());
        } catch (KafkaException | IllegalArgumentException e) {
            // Not dead-lettered: a command is worth acting on now or never, and the operator sees this line.
            log.warn("control record unreadable origin={}-{}@{} errorClass=serde error=\"{}\"", TOPIC,
                    record.partition(), record.offset(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return;
        }
        if (command == null || command.kind() != ControlCommand.Kind.REFETCH_FEED) {
            return; // a tombstone, or a command for another service
        }
        if (scheduler.refetchNow(command.target())) {
            log.info("refetch requested mentor={} by={} command={}", command.target(), command.requestedBy(),
                    command.id());
        } else {
            log.debug("refetch not for this instance mentor={} by={} command={}", command.target(),
                    command.requestedBy(), command.id());
        }
    }

    /** True once the consumer reads the control topic from its end: commands written from now on are acted on. */
    boolean isListening() {
        return listening;
    }

    /** Asks the loop to end; {@link #run()} closes the consumer on its way out. */
    void stop() {
        running = false;
        stopping.countDown();
        consumer.wakeup();
    }
}
