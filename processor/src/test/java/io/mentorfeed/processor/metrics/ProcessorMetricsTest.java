package io.mentorfeed.processor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessorMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProcessorMetrics metrics = new ProcessorMetrics(registry);

    @Test
    void everyReasonAndActionIsExportedAtZeroBeforeItsFirstEvent() {
        assertThat(registry.find(ProcessorMetrics.DEAD_LETTERS).counters()).extracting(c -> c.getId().getTag("reason"))
                .containsExactlyInAnyOrder("serde", "rule");
        assertThat(registry.find(ProcessorMetrics.RECOMMENDATIONS).counters())
                .extracting(c -> c.getId().getTag("action"))
                .containsExactlyInAnyOrder("respond-now", "respond-later", "read", "skip");
        assertThat(registry.get(ProcessorMetrics.PUNCTUATION_LAG).gauge().getId())
                .extracting(Meter.Id::getBaseUnit).isEqualTo("seconds");
    }

    @Test
    void aPunctuationAheadOfPlanIsNoLag() {
        metrics.punctuationLag(Duration.ofMillis(1500));
        assertThat(registry.get(ProcessorMetrics.PUNCTUATION_LAG).gauge().value()).isEqualTo(1.5);

        metrics.punctuationLag(Duration.ofMillis(-20));
        assertThat(registry.get(ProcessorMetrics.PUNCTUATION_LAG).gauge().value()).isZero();
    }

    @Test
    void handlersFindTheServicesInstanceInTheirConfigOrCountForNobody() {
        assertThat(ProcessorMetrics.from(Map.of(ProcessorMetrics.CONFIG_KEY, metrics))).isSameAs(metrics);
        assertThat(ProcessorMetrics.from(Map.of())).isNotNull().isNotSameAs(metrics);
    }
}
