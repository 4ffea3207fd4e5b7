package io.mentorfeed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PollOrderTest {

    @Test
    void pollsInOrderEachNewestFirstAreInOrder() {
        assertThat(PollOrder.lateEntries(List.of(5, 4, 3, 2, 1, 6, 8, 7, 9))).isZero();
    }

    @Test
    void anEntryAfterALaterPollIsLate() {
        assertThat(PollOrder.lateEntries(List.of(5, 4, 3, 2, 1, 7, 9, 8, 6))).isEqualTo(1);
        assertThat(PollOrder.lateEntries(List.of(2, 1, 4, 3, 5))).isZero();
        assertThat(PollOrder.lateEntries(List.of(2, 1, 4, 3, 2))).isEqualTo(1);
    }

    @Test
    void oneEntryPerPollIsInOrderOnlyOldestFirst() {
        assertThat(PollOrder.lateEntries(List.of(1, 2, 3))).isZero(); // three polls of one entry each
        assertThat(PollOrder.lateEntries(List.of(3, 1, 2))).isEqualTo(1);
    }
}
