package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.TopicSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopicDriftTest {
    private final TopicSpec table = TopicSpec.compacted(6);
    private final TopicSpec log = TopicSpec.retained(3, Duration.ofDays(7));

    @Test
    void matchingOrLargerTopicsHaveNoDrift() {
        assertThat(TopicDrift.of("t", table, 6, "compact").drifted()).isFalse();
        assertThat(TopicDrift.of("t", table, 12, "compact").drifted()).isFalse();
        assertThat(TopicDrift.of("t", log, 3, "delete").drifted()).isFalse();
    }

    @Test
    void fewerPartitionsIsReported() {
        TopicDrift drift = TopicDrift.of("t", table, 2, "compact");
        assertThat(drift.drifted()).isTrue();
        assertThat(drift.differences()).containsExactly("partitions=2 expected=6");
    }

    @Test
    void anotherCleanupPolicyIsReported() {
        assertThat(TopicDrift.of("t", table, 6, "delete").differences())
                .containsExactly("cleanup.policy=delete expected=compact");
        assertThat(TopicDrift.of("t", log, 3, "compact,delete").differences())
                .containsExactly("cleanup.policy=compact,delete expected=delete");
        assertThat(TopicDrift.of("t", table, 1, null).differences()).hasSize(2);
    }

    @Test
    void spacesAroundThePolicyDoNotMatter() {
        assertThat(TopicDrift.of("t", table, 6, " compact ").drifted()).isFalse();
    }
}
