package io.mentorfeed.ingest;

import io.mentorfeed.ingest.publish.EntryPublisher;
import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.ingest.state.FeedStateRestorer;
import io.mentorfeed.ingest.websub.PushSubscriptions;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import io.mentorfeed.model.follow.TopicFollower;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the mentor registry for the partitions this instance is assigned in its consumer group. The topic is a
 * compacted table, so each assigned partition is read from the beginning (no offsets committed) and every mentor
 * in it is handed to the scheduler with the state its feed had in mentorfeed.feed-state, read before the first poll;
 * revoked partitions are dropped. A removed mentor's feed is also unsubscribed at its WebSub hub. Followed by a
 * {@link TopicFollower} in the ingest group; the rebalance callbacks run on its thread, inside its polls.
 */
final class MentorRegistry implements TopicFollower.Handler<String, byte[]>, ConsumerRebalanceListener {
    private static final Logger log = LoggerFactory.getLogger(MentorRegistry.class);

    private final FeedScheduler scheduler;
    private final EntryPublisher publisher;
    private final FeedStateRestorer restorer;
    private final PushSubscriptions webSub;
    /** States read at the last assignment, handed over as the assigned mentors are read; registry thread only. */
    private final Map<String, FeedState> restored = new HashMap<>();
    private final TopicFollower<String, byte[]> follower;
    /** The follower's consumer, given once it subscribed: the rebalance callbacks seek with it. */
    private Consumer<String, byte[]> consumer;
    private volatile boolean assigned;

    /** @param clientIdPrefix this instance's name, for its consumers' client ids */
    MentorRegistry(String groupId, String clientIdPrefix, Map<String, Object> kafkaProperties, FeedScheduler scheduler,
                   EntryPublisher publisher, PushSubscriptions webSub) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-mentors");
        this.scheduler = scheduler;
        this.publisher = publisher;
        this.webSub = webSub;
        this.restorer = new FeedStateRestorer(kafkaProperties, clientIdPrefix + "-feed-state", Duration.ofSeconds(60));
        this.follower = TopicFollower.builder("ingest-mentors", props, new StringDeserializer(),
                new ByteArrayDeserializer()).subscribe(List.of(Topics.MENTORS.name()), this).handler(this).build();
    }

    void start() {
        follower.start();
    }

    @Override
    public void placed(Consumer<String, byte[]> subscribed, Collection<TopicPartition> partitions) {
        this.consumer = subscribed;
    }

    @Override
    public void records(Consumer<String, byte[]> ignored, ConsumerRecords<String, byte[]> records) {
        records.forEach(this::handle);
    }

    @Override
    public void stopped() {
        restorer.close();
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // Unsubscribe first: once untracked, a lease tick would drop the subscription as no longer ours.
            webSub.mentorRemoved(record.key());
            scheduler.untrack(record.key());
            log.info("mentor removed mentor={}", record.key());
            return;
        }
        Mentor mentor;
        try {
            mentor = Topics.MENTORS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (KafkaException | IllegalArgumentException e) {
            String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
            log.warn("mentor record unreadable mentor={} origin={} errorClass=serde error=\"{}\"", record.key(),
                    origin, e.getMessage().lines().findFirst().orElse(""));
            deadLetter(record, origin, e.getMessage());
            return;
        }
        if (record.key() != null && !record.key().equals(mentor.id())) {
            log.warn("mentor record key differs from its id key={} mentor={}", record.key(), mentor.id());
        }
        scheduler.track(mentor, record.partition(), restored.remove(mentor.id()));
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String origin, String reason) {
        try {
            byte[] key = record.key() == null ? null : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            publisher.deadLetter(origin, key, record.value(), "serde", reason);
        } catch (KafkaException e) {
            log.warn("dead letter not written origin={} error=\"{}\"", origin, e.getMessage());
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        consumer.seekToBeginning(partitions);
        restored.clear();
        if (!partitions.isEmpty()) {
            int count = consumer.partitionsFor(Topics.MENTORS.name()).size();
            restored.putAll(restorer.restore(partitions.stream().map(TopicPartition::partition).toList(), count));
        }
        assigned = true;
        log.info("mentor partitions assigned partitions={} feedStatesRestored={}", partitions, restored.size());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        scheduler.untrackPartitions(partitions.stream().map(TopicPartition::partition).toList());
        if (!partitions.isEmpty()) {
            log.info("mentor partitions revoked partitions={}", partitions);
        }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        onPartitionsRevoked(partitions);
    }

    /** Running, with its partitions: the feeds of this instance are tracked. */
    boolean isReady() {
        return follower.isAlive() && assigned;
    }

    boolean isAlive() {
        return follower.isAlive();
    }

    /** Stops following the registry and waits for the consumer to close. */
    void stop() {
        follower.stop();
    }
}
