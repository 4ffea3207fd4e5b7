package io.mentorfeed.ingest;

import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import io.mentorfeed.model.follow.TopicFollower;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads operators' commands on mentorfeed.control and acts on the REFETCH_FEED ones for feeds this instance follows.
 * Every instance reads every partition with its own consumer (no group: a command must reach the instance that
 * follows the feed, whichever it is), from the end as it is at start-up: a command is for the services running when
 * it is written, not for one started tomorrow. Followed by a {@link TopicFollower}, which waits for the topic if
 * setup has not created it yet.
 */
final class ControlCommands implements TopicFollower.Handler<String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(ControlCommands.class);
    private static final String TOPIC = Topics.CONTROL.name();
    /** How often to look again for a control topic that does not exist yet (a cluster set up by an older version). */
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(10);

    private final FeedScheduler scheduler;

    private ControlCommands(FeedScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A follower of the control topic from its end, acting on the commands for {@code scheduler}'s feeds. */
    static TopicFollower<String, byte[]> follower(String clientIdPrefix, Map<String, Object> kafkaProperties,
                                                  FeedScheduler scheduler) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-control");
        return TopicFollower.builder("ingest-control", props, new StringDeserializer(), new ByteArrayDeserializer())
                .assign(TOPIC, TopicFollower.From.END).retryEvery(TOPIC_RETRY)
                .handler(new ControlCommands(scheduler)).build();
    }

    @Override
    public void records(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        records.forEach(this::handle);
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
}
