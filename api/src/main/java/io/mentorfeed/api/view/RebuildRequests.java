package io.mentorfeed.api.view;

import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the commands meant for the read model out of {@code mentorfeed.control}. Other kinds are for other
 * services and pass silently; a record no one could have meant is logged and skipped, never fatal.
 */
final class RebuildRequests {
    private static final Logger log = LoggerFactory.getLogger(RebuildRequests.class);

    private RebuildRequests() {}

    static Optional<ControlCommand> of(ConsumerRecord<byte[], byte[]> record) {
        try {
            ControlCommand command = record.value() == null ? null
                    : Topics.CONTROL.valueSerde().deserializer().deserialize(record.topic(), record.value());
            return Optional.ofNullable(command).filter(c -> c.kind() == ControlCommand.Kind.REBUILD_READ_MODEL);
        } catch (SerializationException e) {
            log.warn("read model skipped control command partition={} offset={} errorClass={}", record.partition(),
                    record.offset(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
