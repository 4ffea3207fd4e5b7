package io.mentorfeed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    private static final Duration SPACING = Duration.ofSeconds(4);

    private static SequencedMap<String, Integer> instances() {
        var instances = new LinkedHashMap<String, Integer>();
        instances.put("broker", 3);
        instances.put("ingest", 2);
        instances.put("processor", 2);
        return instances;
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        assertThat(FaultPlan.random(42, 24, instances(), SPACING))
                .isEqualTo(FaultPlan.random(42, 24, instances(), SPACING))
                .isNotEqualTo(FaultPlan.random(43, 24, instances(), SPACING));
    }

    @Test
    void everyKindGetsItsShareAndEveryDrawStaysInItsBounds() {
        var plan = FaultPlan.random(7, 24, instances(), SPACING);

        assertThat(plan.faults()).hasSize(24);
        assertThat(plan.faults()).filteredOn(f -> f.kind().equals("broker")).hasSize(8);
        assertThat(plan.faults()).filteredOn(f -> f.kind().equals("ingest")).hasSize(8);
        assertThat(plan.faults()).allSatisfy(f -> {
            assertThat(f.instance()).isBetween(0, instances().get(f.kind()) - 1);
            assertThat(f.pauseBefore()).isBetween(SPACING.dividedBy(2), SPACING.multipliedBy(3).dividedBy(2));
            assertThat(f.down()).isBetween(FaultPlan.MIN_DOWN, FaultPlan.MAX_DOWN);
        });
    }
}
