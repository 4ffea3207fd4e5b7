package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResetPlanTest {
    private final ResetPlan plan = new ResetPlan("mentorfeed-processor", List.of(
            new ResetPlan.PartitionReset("mentorfeed.entries", 0, 42L, 0),
            new ResetPlan.PartitionReset("mentorfeed.entries", 1, null, 0)),
            List.of("mentorfeed-processor-post-dedupe-changelog"), Path.of("/srv/streams/mentorfeed-processor"));

    @Test
    void aDryRunSaysWhatWouldChangeForEachPartitionAndTopic() {
        assertThat(plan.lines(true)).containsExactly(
                "dry run: would reset group mentorfeed-processor (current -> new offset):",
                "  mentorfeed.entries-0: 42 -> 0",
                "  mentorfeed.entries-1: none -> 0",
                "would delete internal topics:",
                "  mentorfeed-processor-post-dedupe-changelog",
                "then delete the local state directory on every processor machine before starting it:"
                        + " /srv/streams/mentorfeed-processor");
    }

    @Test
    void aRealRunSaysWhatWasDoneAndWhatIsLeftToTheOperator() {
        assertThat(plan.lines(false)).first().isEqualTo("reset group mentorfeed-processor (current -> new offset):");
        assertThat(plan.lines(false)).contains("deleted internal topics:").last().asString()
                .startsWith("now delete the local state directory");
    }

    @Test
    void aDryRunWhileTheProcessorRunsStartsWithANoteSayingWhatToStopFirst() {
        assertThat(ResetProcessorCommand.runningNote(2)).isEqualTo("note: the processor is running (2 members);"
                + " stop every instance before running this without --dry-run");
        assertThat(ResetProcessorCommand.runningNote(1)).contains("(1 member);");
    }
}
