package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A processor in its own JVM is killed (SIGKILL, no clean shutdown) while entries stream in, then another one
 * starts on an empty state directory, so its state comes back from the changelogs alone. Read committed, every
 * entry is exactly one post, and every follower exactly one recommendation per post.
 */
@WithKafka
class ProcessorCrashIT {
    private static final int MENTORS = 3;
    private static final int ENTRIES_PER_MENTOR = 200;

    /** A dead member's partitions move after the session timeout: the broker's minimum, to keep the test short. */
    static Map<String, Object> fastFailover(String bootstrap) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrap);
        props.put("session.timeout.ms", 6000);
        props.put("heartbeat.interval.ms", 1000);
        return props;
    }

    @Test
    void aKilledProcessorRestartsWithEveryEntryOnceAsAPostAndOneRecommendationPerFollowerAndPost(
            KafkaCluster kafka, @TempDir Path firstState, @TempDir Path secondState, @TempDir Path logs)
            throws Exception {
        kafka.createTopics(Topics.ALL);
        Map<String, Mentor> mentors = new LinkedHashMap<>();
        for (int m = 0; m < MENTORS; m++) {
            mentors.put("m" + m, new Mentor("m" + m, "Mentor " + m, "https://m" + m + ".example/feed",
                    SourceKind.BLOG));
        }
        kafka.send(Topics.MENTORS, mentors);
        kafka.send(Topics.PROFILES, Map.of(
                "alice", new Profile("alice", "Alice", null, ZoneId.of("UTC"), 7, List.of(), List.of("m0", "m1", "m2")),
                "bob", new Profile("bob", "Bob", null, ZoneId.of("UTC"), 7, List.of(), List.of("m1"))));

        Instant published = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        try (var producer = new KafkaProducer<>(producerProperties(kafka), Topics.ENTRIES.keySerde().serializer(),
                Topics.ENTRIES.valueSerde().serializer())) {
            send(producer, mentors.keySet(), 0, ENTRIES_PER_MENTOR / 2, published);
            Process first = startProcessorJvm(kafka.bootstrapServers(), firstState, logs.resolve("first.log"));
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> !kafka.readAll(Topics.POSTS).isEmpty());
                // More entries while it works, then the kill: its transaction in flight is never committed.
                send(producer, mentors.keySet(), ENTRIES_PER_MENTOR / 2, 3 * ENTRIES_PER_MENTOR / 4, published);
            } finally {
                first.destroyForcibly().waitFor();
            }
            send(producer, mentors.keySet(), 3 * ENTRIES_PER_MENTOR / 4, ENTRIES_PER_MENTOR, published);
        }
        long postsBeforeRestart = kafka.readAll(Topics.POSTS).size();
        assertThat(postsBeforeRestart).as("killed mid-stream").isPositive().isLessThan(MENTORS * ENTRIES_PER_MENTOR);

        var config = ProcessorConfig.defaults().withStateDir(secondState);
        try (var second = new ProcessorService(config, fastFailover(kafka.bootstrapServers()))) {
            second.start();
            int expectedPosts = MENTORS * ENTRIES_PER_MENTOR;
            int expectedRecommendations = MENTORS * ENTRIES_PER_MENTOR + ENTRIES_PER_MENTOR; // alice: all, bob: m1
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(kafka.readAll(Topics.POSTS)).hasSizeGreaterThanOrEqualTo(expectedPosts);
                assertThat(kafka.readAll(Topics.RECOMMENDATIONS)).hasSizeGreaterThanOrEqualTo(expectedRecommendations);
            });
            List<ConsumerRecord<String, Post>> posts = kafka.readAll(Topics.POSTS);
            assertThat(countByKey(posts)).hasSize(expectedPosts).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            List<ConsumerRecord<String, Recommendation>> recommendations = kafka.readAll(Topics.RECOMMENDATIONS);
            assertThat(countByKey(recommendations)).hasSize(expectedRecommendations)
                    .allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
            assertThat(recommendations).extracting(r -> r.value().profileId())
                    .filteredOn("bob"::equals).hasSize(ENTRIES_PER_MENTOR);
        }
    }

    private static <V> Map<String, Long> countByKey(List<ConsumerRecord<String, V>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    /** An essay asks nothing of readers: one decision per (profile, post), never re-decided within the test. */
    private static IngestedEntry essay(String mentor, int i, Instant published) {
        return Fixtures.entry(mentor, "e-" + i, "Essay " + i, "<p>Notes on doing the work, part " + i + ".</p>",
                published);
    }

    private static void send(KafkaProducer<String, IngestedEntry> producer, Iterable<String> mentors, int from, int to,
                             Instant published) {
        for (int i = from; i < to; i++) {
            for (String mentor : mentors) {
                IngestedEntry entry = essay(mentor, i, published);
                producer.send(new ProducerRecord<>(Topics.ENTRIES.name(), mentor, entry));
                if (i % 10 == 0) {
                    producer.send(new ProducerRecord<>(Topics.ENTRIES.name(), mentor, entry)); // ingest repeats
                }
            }
        }
        producer.flush();
    }

    private static Map<String, Object> producerProperties(KafkaCluster kafka) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }

    private static Process startProcessorJvm(String bootstrap, Path stateDir, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ProcessorMain.class.getName(), bootstrap, stateDir.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

}
