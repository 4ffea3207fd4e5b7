package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DropPlanTest {
    private static final Map<Integer, Long> STARTS = Map.of(0, 0L, 1, 5L, 2, 3L);
    private static final Map<Integer, Long> ENDS = Map.of(0, 4L, 1, 9L, 2, 3L);

    @Test
    void allDropsEveryPartitionUpToItsEndAndSkipsEmptyOnes() {
        assertThat(DropPlan.all(STARTS, ENDS).lines(true)).containsExactly(
                "would drop partition 0: offsets 0 to 3 (up to 4 records)",
                "would drop partition 1: offsets 5 to 8 (up to 4 records)");
    }

    @Test
    void throughDropsOnePartitionUpToAndIncludingTheOffset() {
        DropPlan plan = DropPlan.through(new RecordPosition(1, 6), STARTS, ENDS);
        assertThat(plan.partitions()).containsExactly(Map.entry(1, new DropPlan.Range(5, 7)));
        assertThat(plan.lines(false)).containsExactly("dropped partition 1: offsets 5 to 6 (up to 2 records)");
    }

    @Test
    void throughAnOffsetAlreadyDroppedHasNothingToDo() {
        assertThat(DropPlan.through(new RecordPosition(1, 2), STARTS, ENDS).lines(true))
                .containsExactly("nothing to drop");
    }

    @Test
    void throughAnOffsetPastTheEndOrAMissingPartitionIsRefused() {
        assertThatThrownBy(() -> DropPlan.through(new RecordPosition(0, 4), STARTS, ENDS))
                .hasMessage("no dead letter at 0:4: partition 0 ends at offset 3");
        assertThatThrownBy(() -> DropPlan.through(new RecordPosition(7, 0), STARTS, ENDS))
                .hasMessage("the dead-letter topic has no partition 7");
    }
}
