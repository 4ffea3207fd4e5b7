package io.mentorfeed.api.email;

import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import io.mentorfeed.model.follow.TopicFollower;
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
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
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
 * The group is followed by a {@link TopicFollower}; the rebalance callbacks and the checks run on its thread.
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
    private volatile TopicFollower<byte[], byte[]> follower;

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
        if (follower != null) {
            throw new IllegalStateException("email scheduler already started");
        }
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "mentorfeed-api-email-" + instanceId);
        // Built here so that a bad client setting fails start() rather than the scheduler's thread.
        KafkaProducer<byte[], byte[]> producer = transactionalProducer();
        try {
            follower = TopicFollower.builder("api-email-scheduler", props, new ByteArrayDeserializer(),
                            new ByteArrayDeserializer())
                    .subscribe(List.of(Topics.PROFILES.name()), new Ownership())
                    .pollTimeout(config.checkInterval()).retryEvery(config.checkInterval())
                    .handler(new Checks(producer)).build().start();
        } catch (RuntimeException e) {
            producer.close();
            throw e;
        }
        log.info("email scheduler started instance={} checkInterval={} config={}", instanceId, config.checkInterval(), config);
    }

    /** False before start and once the scheduler's thread has ended, by stop() or by a failure. */
    public boolean isAlive() {
        TopicFollower<byte[], byte[]> current = follower;
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

    /** A check after every poll of the profiles (whose records are ignored: the view has them), on its thread. */
    private final class Checks implements TopicFollower.Handler<byte[], byte[]> {
        private final KafkaProducer<byte[], byte[]> producer;
        private FencedLedger ledger;

        Checks(KafkaProducer<byte[], byte[]> producer) {
            this.producer = producer;
        }

        @Override
        public void placed(Consumer<byte[], byte[]> consumer, Collection<TopicPartition> partitions) {
            producer.initTransactions();
            ledger = new FencedLedger(producer, consumer::groupMetadata, owned);
        }

        @Override
        public void records(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records) {
        }

        @Override
        public void afterPoll(Consumer<byte[], byte[]> consumer) {
            owned.replaceAll((tp, position) -> consumer.position(tp));
            if (ready.getAsBoolean() && !owned.isEmpty()) {
                check(consumer, ledger, clock.instant());
            }
            ticks.incrementAndGet();
        }

        @Override
        public void stopped() {
            producer.close();
            log.info("email scheduler stopped instance={}", instanceId);
        }
    }

    private void check(Consumer<byte[], byte[]> consumer, FencedLedger ledger, Instant now) {
        int partitions = consumer.partitionsFor(Topics.PROFILES.name(), Duration.ofSeconds(10)).size();
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

    /** Stops checking and waits for the thread, which closes the consumer and the producer; idempotent. */
    public synchronized void stop() {
        if (follower != null) {
            follower.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
