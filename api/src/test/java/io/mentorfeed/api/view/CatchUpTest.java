package io.mentorfeed.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CatchUpTest {
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);
    private static final TopicPartition EMPTY = new TopicPartition("t", 2);

    @Test
    void reachedOnlyWhenEveryPartitionIsAtItsStartingEndOffset() {
        CatchUp goal = new CatchUp(Map.of(P0, 5L, P1, 3L, EMPTY, 0L));
        Map<TopicPartition, Long> positions = new HashMap<>(Map.of(P0, 5L, P1, 2L, EMPTY, 0L));

        assertThat(goal.reachedBy(positions::get)).isFalse();
        assertThat(goal.remaining(positions::get)).isEqualTo(1);

        positions.put(P1, 7L);
        assertThat(goal.reachedBy(positions::get)).isTrue();
        assertThat(goal.remaining(positions::get)).isZero();
    }

    @Test
    void emptyPartitionsAreCaughtUpWithoutAskingTheirPosition() {
        CatchUp goal = new CatchUp(Map.of(EMPTY, 0L));
        assertThat(goal.reachedBy(p -> {
            throw new AssertionError("position of an empty partition should not be needed");
        })).isTrue();
    }
}
