package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor's meters, read from the registry of one run of the whole topology. */
class ProcessorMetricsTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private ProcessorDriver kafka;

    @BeforeEach
    void start() {
        var config = MentorfeedTopologyTest.configIn(stateDir);
        var metrics = new ProcessorMetrics(registry);
        var props = ProcessorService.streamsProperties(config, Map.of("bootstrap.servers", "unused:9092"), metrics);
        // The driver's simulation of exactly-once drops dead letters (see MentorfeedTopologyTest).
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        kafka = new ProcessorDriver(config, props, NOW, metrics);
        kafka.mentors.pipeInput("fred", new Mentor("fred", "Fred Example", "https://fred.example/feed.xml",
                SourceKind.BLOG));
        kafka.profiles.pipeInput("bob", new Profile("bob", "Bob", "bob@example.org", ZoneId.of("UTC"), 7, List.of(),
                List.of("fred")));
    }

    @AfterEach
    void stop() {
        kafka.close();
    }

    @Test
    void everyRecordReadIsCountedByItsInputTopicRepeatsIncluded() {
        IngestedEntry question = question("q-1");
        kafka.entries.pipeInput("fred", question);
        kafka.entries.pipeInput("fred", question); // emits nothing, but was processed
        kafka.engagements.pipeInput("bob", new Engagement("e1", "bob", question.postId(), "fred",
                Engagement.Kind.READ, NOW, null));

        assertThat(processed(Topics.MENTORS)).isEqualTo(1);
        assertThat(processed(Topics.PROFILES)).isEqualTo(1);
        assertThat(processed(Topics.ENTRIES)).isEqualTo(2);
        assertThat(processed(Topics.ENGAGEMENTS)).isEqualTo(1);
        assertThat(processed(Topics.COMMENTS)).isZero();
    }

    @Test
    void publishedDecisionsAreCountedByActionAndClosingOneIsNotADecision() {
        Recommendation question = decide(question("q-1"));
        Recommendation essay = decide(Fixtures.entry("fred", "e-1", "Same-day replies",
                "<p>Reply the same day, even if the answer is not yet.</p>", NOW.minus(Duration.ofHours(1))));
        assertThat(question.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(essay.action()).isEqualTo(Action.READ);

        kafka.engagements.pipeInput("bob", new Engagement("e9", "bob", question.postId(), "fred",
                Engagement.Kind.COMMENTED, NOW, null));
        assertThat(kafka.latest().get(question.key()).closed()).isTrue();

        assertThat(recommendations(Action.RESPOND_NOW)).isEqualTo(1);
        assertThat(recommendations(Action.READ)).isEqualTo(1);
        assertThat(recommendations(Action.RESPOND_LATER)).isZero();
        assertThat(recommendations(Action.SKIP)).isZero();
    }

    @Test
    void unreadableBytesAndRecordsThatBreakARuleAreCountedAsDeadLettersByReason() {
        var raw = kafka.driver.createInputTopic(Topics.ENTRIES.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        raw.pipeInput("fred".getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8));
        kafka.entries.pipeInput("mark", question("q-1")); // keyed by another mentor: breaks a rule
        kafka.entries.pipeInput("fred", question("q-1"));

        assertThat(deadLetters("serde")).isEqualTo(1);
        assertThat(deadLetters("rule")).isEqualTo(1);
        assertThat(kafka.driver.createOutputTopic(Topics.DEAD_LETTERS.name(),
                Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer())
                .getQueueSize()).as("what was counted is what was sent").isEqualTo(2);
        assertThat(processed(Topics.ENTRIES)).as("the unreadable one was never processed").isEqualTo(2);
    }

    @Test
    void punctuationLagIsHowMuchLaterThanPlannedTheLastRecheckRan() {
        assertThat(punctuationLagSeconds()).isZero();

        kafka.advance(Duration.ofMinutes(1)); // exactly on time (recheck-every is 1m)
        assertThat(punctuationLagSeconds()).isZero();

        kafka.advance(Duration.ofMinutes(5)); // planned one minute after the last run, ran four minutes after that
        assertThat(punctuationLagSeconds()).isEqualTo(240.0);

        kafka.advance(Duration.ofMinutes(1)); // on time again
        assertThat(punctuationLagSeconds()).isZero();
    }

    private Recommendation decide(IngestedEntry entry) {
        kafka.entries.pipeInput("fred", entry);
        return kafka.latest().values().iterator().next();
    }

    private static IngestedEntry question(String entryId) {
        return Fixtures.entry("fred", entryId, "Mentors", "<p>I owe my career to three people.</p>"
                + "<p>Who are your mentors?</p>", NOW.minus(Duration.ofHours(1)));
    }

    private double processed(Topic<?, ?> topic) {
        return registry.get(ProcessorMetrics.RECORDS_PROCESSED).tag("topic", topic.name()).counter().count();
    }

    private double recommendations(Action action) {
        return registry.get(ProcessorMetrics.RECOMMENDATIONS).tag("action", action.wireName()).counter().count();
    }

    private double deadLetters(String reason) {
        return registry.get(ProcessorMetrics.DEAD_LETTERS).tag("reason", reason).counter().count();
    }

    private double punctuationLagSeconds() {
        return registry.get(ProcessorMetrics.PUNCTUATION_LAG).gauge().value();
    }
}
