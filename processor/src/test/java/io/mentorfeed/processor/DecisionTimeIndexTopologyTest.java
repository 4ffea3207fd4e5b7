package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.mentorfeed.processor.relationship.OpenDecision;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall-clock re-check reads only the decisions its time index has due, and files the ones from before it. */
class DecisionTimeIndexTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ProcessorDriver kafka;

    @BeforeEach
    void start() {
        var config = MentorfeedTopologyTest.configIn(stateDir);
        var metrics = new ProcessorMetrics(registry);
        var props = ProcessorService.streamsProperties(config, Map.of("bootstrap.servers", "unused:9092"));
        kafka = new ProcessorDriver(config, props, NOW, metrics);
        kafka.mentors.pipeInput("fred", new Mentor("fred", "Fred", "https://fred.example/feed", SourceKind.BLOG));
        for (int i = 0; i < 30; i++) {
            kafka.profiles.pipeInput("r" + i, new Profile("r" + i, null, null, ZoneId.of("UTC"), 7, List.of(),
                    List.of("fred")));
        }
    }

    @AfterEach
    void stop() {
        kafka.close();
    }

    @Test
    void minutesPassWithoutReadingADecisionUntilTheWindowsClose() {
        kafka.entries.pipeInput("fred", question("q1"));
        assertThat(kafka.latest()).hasSize(30).allSatisfy((key, r) -> assertThat(r.action())
                .isEqualTo(Action.RESPOND_NOW));

        kafka.advance(Duration.ofMinutes(10));
        assertThat(rechecked()).isZero();
        assertThat(kafka.latest()).isEmpty();

        kafka.advance(Duration.ofDays(4));
        assertThat(rechecked()).isEqualTo(30);
        assertThat(kafka.latest()).hasSize(30).allSatisfy((key, r) -> assertThat(r.action())
                .isEqualTo(Action.READ));

        kafka.advance(Duration.ofMinutes(10));
        assertThat(rechecked()).as("filed again at the day they are forgotten").isEqualTo(30);
    }

    @Test
    void decisionsWrittenBeforeTheIndexAreFiledAtTheFirstRecheck() {
        kafka.entries.pipeInput("fred", question("q1"));
        Map<String, Recommendation> published = kafka.latest();
        KeyValueStore<String, OpenDecision> decisions = kafka.driver.getKeyValueStore(
                MentorfeedTopology.DECISIONS_STORE);
        KeyValueStore<String, String> due = kafka.driver.getKeyValueStore(MentorfeedTopology.DECISIONS_DUE_STORE);
        // As an older version left them: decisions without a filing, and no index at all.
        for (String key : published.keySet()) {
            OpenDecision open = decisions.get(key);
            decisions.put(key, new OpenDecision(open.candidate(), open.snoozedUntil(), open.published()));
        }
        try (var all = due.all()) {
            all.forEachRemaining(kv -> due.delete(kv.key));
        }

        kafka.advance(Duration.ofDays(4));

        assertThat(kafka.latest()).hasSize(30).allSatisfy((key, r) -> assertThat(r.action())
                .isEqualTo(Action.READ));
        assertThat(decisions.get(published.keySet().iterator().next()).recheckAt()).isAfter(NOW.plus(Duration.ofDays(4)));
    }

    private double rechecked() {
        return registry.get(ProcessorMetrics.RECHECKED).counter().count();
    }

    private static io.mentorfeed.model.IngestedEntry question(String entryId) {
        return Fixtures.entry("fred", entryId, "Mentors", "<p>I owe my career to three people.</p>"
                + "<p>Who are your mentors?</p>", NOW.minus(Duration.ofHours(1)));
    }
}
