package io.mentorfeed.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RebuildRequestsTest {
    private static final Instant AT = Instant.parse("2026-03-07T13:00:00Z");

    @Test
    void aRebuildCommandIsForTheReadModel() {
        ControlCommand rebuild = ControlCommand.rebuildReadModel(AT, "cli");
        assertThat(RebuildRequests.of(record(bytes(rebuild)))).hasValue(rebuild);
    }

    @Test
    void otherCommandsAndUnreadableRecordsAreNot() {
        assertThat(RebuildRequests.of(record(bytes(ControlCommand.refetch("kim", AT, "cli"))))).isEmpty();
        assertThat(RebuildRequests.of(record("{\"kind\":\"REBUILD_READ_MODEL\"".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(RebuildRequests.of(record(null))).isEmpty();
    }

    private static byte[] bytes(ControlCommand command) {
        return Topics.CONTROL.valueSerde().serializer().serialize(Topics.CONTROL.name(), command);
    }

    private static ConsumerRecord<byte[], byte[]> record(byte[] value) {
        return new ConsumerRecord<>(Topics.CONTROL.name(), 0, 0, "*".getBytes(StandardCharsets.UTF_8), value);
    }
}
