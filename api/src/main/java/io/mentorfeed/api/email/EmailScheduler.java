package io.mentorfeed.api.email;

import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each reader's digest at their hour, from one API instance only. The instances share the readers through
 * a consumer group on {@code mentorfeed.profiles}: an instance sends for the profiles whose partition Kafka
 * assigned to it (the same partitioner as the writers), skips any profile/date already in the sent-digests view,
 * and claims through a {@link FencedLedger}, whose commit fails if the partition moved to another instance.
 * Time comes from the injected clock, checked every {@code checkInterval}, so tests move it across a DST change.
 */
public final class EmailScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmailScheduler.class);
    /** The consumer group the sending instances share the profile partitions through (admin lag reads it). */
    public static final String GROUP_ID = "mentorfeed-api-email";

    private final EmailConfig config;
    private final Map<String, Object> kafka;
    private final ReadModelView view;
    private final BooleanSupplier ready;
    private final DigestSender sender;
    private final Clock clock;
    private final String instanceId;
    private final Map<TopicPartition, Long> owned = new ConcurrentHashMap<>();
    private final Set<String> claimedHere = ConcurrentHashMap.newKeySet();
    private final AtomicLong ticks = new AtomicLong();
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread thread;

    public EmailScheduler(EmailConfig config, Map<String, Object> kafka, ReadModelView view, BooleanSupplier ready,
                          DigestSender sender, Clock clock, String instanceId) {
        this.config = config;
        this.kafka = Map.copyOf(kafka);
        this.view = view;
        this.ready = ready;
        this.sender = sender;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("email scheduler already started");
        }
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-email-" + instanceId);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "api-email-scheduler");
        thread.start();
        log.info("email scheduler started instance={} checkInterval={} config={}", instanceId, config.checkInterval(), config);
    }

    /** False before start and once the scheduler's thread has ended, by stop() or by a failure. */
    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /** How many checks have run: tests wait on it instead of sleeping. */
    public long ticks() {
        return ticks.get();
    }

    /** The profile partitions this instance sends for. */
    public Set<TopicPartition> ownedPartitions() {
        return Set.copyOf(owned.keySet());
    }

    private void run() {
        KafkaConsumer<byte[], byte[]> kafkaConsumer = consumer;
        try (kafkaConsumer; KafkaProducer<byte[], byte[]> producer = transactionalProducer()) {
            producer.initTransactions();
            FencedLedger ledger = new FencedLedger(producer, consumer::groupMetadata, owned);
            consumer.subscribe(List.of(Topics.PROFILES.name()), new Ownership());
            while (running) {
                try {
                    consumer.poll(config.checkInterval()); // profile records are ignored: the view has them
                    owned.replaceAll((tp, position) -> consumer.position(tp));
                    if (ready.getAsBoolean() && !owned.isEmpty()) {
                        check(ledger, clock.instant());
                    }
                    ticks.incrementAndGet();
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    log.warn("email scheduler check failed errorClass={} error=\"{}\"", e.getClass().getSimpleName(),
                            e.getMessage());
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (RuntimeException e) {
            log.error("email scheduler stopped errorClass={} error=\"{}\"", e.getClass().getSimpleName(), e.getMessage(), e);
        }
        log.info("email scheduler stopped instance={}", instanceId);
    }

    private void check(FencedLedger ledger, Instant now) {
        int partitions = partitionCount();
        for (Profile profile : view.profiles()) {
            Optional<LocalDate> due = DigestDue.dueDate(profile, now);
            if (profile.email() == null || due.isEmpty()) {
                continue;
            }
            TopicPartition partition = new TopicPartition(Topics.PROFILES.name(), partitionOf(profile.id(), partitions));
            String key = SentDigest.key(profile.id(), due.get());
            if (!owned.containsKey(partition) || view.sentDigest(key).isPresent() || !claimedHere.add(key)) {
                continue;
            }
            try {
                sender.send(profile, due.get(), now, ledger.on(partition));
            } catch (RuntimeException e) {
                log.warn("email digest not claimed profile={} date={} errorClass={} error=\"{}\"", profile.id(),
                        due.get(), e.getClass().getSimpleName(), e.getMessage());
                if (!ledger.committed(key)) {
                    claimedHere.remove(key); // nothing durable was written: the next check may try again
                }
            }
        }
    }

    private int partitionCount() {
        return consumer.partitionsFor(Topics.PROFILES.name(), Duration.ofSeconds(10)).size();
    }

    /** Kafka's default partitioner for a keyed record: where the writers put this profile. */
    static int partitionOf(String profileId, int partitions) {
        return Utils.toPositive(Utils.murmur2(profileId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private KafkaProducer<byte[], byte[]> transactionalProducer() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "mentorfeed-api-email-" + instanceId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-email-writer-" + instanceId);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Keeps {@link #owned} in step with the group; runs inside poll, on the scheduler thread. */
    private final class Ownership implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(tp -> owned.put(tp, 0L));
            log.info("email scheduler owns partitions={} instance={}", partitions.stream().map(TopicPartition::partition).sorted().toList(), instanceId);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(owned::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(owned::remove);
        }
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(20).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
