package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ControlCommandTest {
    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void refetchRoundTripsThroughTheTopicSerde() {
        ControlCommand command = ControlCommand.refetch("seth-godin", AT, "cli");
        byte[] bytes = Topics.CONTROL.valueSerde().serializer().serialize(Topics.CONTROL.name(), command);
        assertThat(Topics.CONTROL.valueSerde().deserializer().deserialize(Topics.CONTROL.name(), bytes))
                .isEqualTo(command);
    }

    @Test
    void rebuildTargetsEveryInstance() {
        assertThat(ControlCommand.rebuildReadModel(AT, "api:admin").target()).isEqualTo(ControlCommand.ALL);
    }

    @Test
    void refetchOfAnInvalidMentorIdIsRefused() {
        assertThatThrownBy(() -> ControlCommand.refetch("Not A Slug", AT, "cli"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
