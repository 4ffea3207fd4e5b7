package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class ProcessorServiceIT {
    @Test
    void entriesBecomePostsAndRecommendationsOnceAndPoisonGoesToTheDeadLetters(KafkaCluster kafka,
                                                                             @TempDir Path stateDir) {
        kafka.createTopics(Topics.ALL);
        kafka.send(Topics.MENTORS, Map.of("fred", new Mentor("fred", "Fred Example", "https://fred.example/feed",
                SourceKind.BLOG)));
        kafka.send(Topics.PROFILES, Map.of(
                "alice", new Profile("alice", "Alice", "alice@example.org", ZoneId.of("UTC"), 7, List.of(),
                        List.of("fred")),
                "bob", new Profile("bob", "Bob", "bob@example.org", ZoneId.of("UTC"), 7, List.of(), List.of("dana"))));

        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        IngestedEntry question = Fixtures.entry("fred", "q-1", "Mentors",
                "<p>I owe my career to three people.</p><p>Who are your mentors?</p>", anHourAgo);
        IngestedEntry essay = Fixtures.entry("fred", "e-1", "Same-day replies",
                "<p>Reply the same day, even if the answer is not yet.</p>", anHourAgo);
        kafka.send(Topics.ENTRIES, Map.of("fred", question));
        kafka.sendRaw(Topics.ENTRIES.name(), "fred".getBytes(StandardCharsets.UTF_8),
                "not json at all".getBytes(StandardCharsets.UTF_8));
        kafka.send(Topics.ENTRIES, Map.of("fred", essay));
        kafka.send(Topics.ENTRIES, Map.of("mark", essay)); // keyed by another mentor: breaks a rule
        kafka.send(Topics.ENTRIES, Map.of("fred", question)); // ingest may repeat itself

        var config = MentorfeedTopologyTest.configIn(stateDir);
        var registry = new SimpleMeterRegistry();
        try (var service = new ProcessorService(config, kafka.clientProperties(), registry)) {
            assertThat(service.isReady()).isFalse();
            assertThat(service.isLive()).isTrue();
            service.start();
            await().atMost(Duration.ofSeconds(60)).until(service::isReady);
            assertThat(service.isLive()).isTrue();
            assertThat(streamsMeters(registry)).as("Kafka Streams' own metrics, bound").isNotEmpty();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(kafka.readAll(Topics.POSTS)).extracting(ConsumerRecord::key)
                        .containsExactlyInAnyOrder(question.postId(), essay.postId());
                assertThat(kafka.readAll(Topics.RECOMMENDATIONS)).extracting(ConsumerRecord::key)
                        .containsExactlyInAnyOrder(Recommendation.key("alice", question.postId()),
                                Recommendation.key("alice", essay.postId()));
                assertThat(kafka.readAll(Topics.DEAD_LETTERS)).hasSize(2);
            });
            var letters = kafka.readAll(Topics.DEAD_LETTERS);
            assertThat(letters).filteredOn(r -> DeadLetters.header(r.headers(), DeadLetters.ERROR_CLASS) == null)
                    .singleElement().satisfies(r -> {
                        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
                        assertThat(DeadLetters.header(r.headers(), DeadLetters.STREAMS_TOPIC))
                                .isEqualTo(Topics.ENTRIES.name());
                    });
            assertThat(letters).filteredOn(r -> "rule".equals(DeadLetters.header(r.headers(), DeadLetters.ERROR_CLASS)))
                    .singleElement().satisfies(r -> {
                        assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("mark");
                        assertThat(DeadLetters.header(r.headers(), DeadLetters.ORIGIN))
                                .startsWith(Topics.ENTRIES.name() + "-");
                        assertThat(DeadLetters.header(r.headers(), DeadLetters.REASON))
                                .contains("belongs to mentor 'fred'");
                    });
            Map<String, Action> actions = kafka.readAll(Topics.RECOMMENDATIONS).stream()
                    .collect(Collectors.toMap(r -> r.value().postId(), r -> r.value().action()));
            assertThat(actions).containsEntry(question.postId(), Action.RESPOND_NOW)
                    .containsEntry(essay.postId(), Action.READ);

            // At least: counting is outside the transaction, so a retried task may count again. Awaited: the last
            // entry (a repeat) writes nothing to wait for, and may be read after what the outputs showed.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counter(registry,
                    ProcessorMetrics.RECORDS_PROCESSED, "topic", Topics.ENTRIES.name())).isGreaterThanOrEqualTo(4));
            assertThat(counter(registry, ProcessorMetrics.DEAD_LETTERS, "reason", "serde")).isGreaterThanOrEqualTo(1);
            assertThat(counter(registry, ProcessorMetrics.DEAD_LETTERS, "reason", "rule")).isGreaterThanOrEqualTo(1);
            assertThat(counter(registry, ProcessorMetrics.RECOMMENDATIONS, "action", "respond-now"))
                    .isGreaterThanOrEqualTo(1);

            service.stop();
            assertThat(service.isReady()).isFalse();
            assertThat(service.isLive()).as("a clean stop is not live either").isFalse();
            assertThat(streamsMeters(registry)).as("the binder is closed with the service").isEmpty();
        }
    }

    private static List<String> streamsMeters(MeterRegistry registry) {
        return registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName)
                .filter(name -> name.startsWith("kafka.stream.")).toList();
    }

    private static double counter(MeterRegistry registry, String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }
}
