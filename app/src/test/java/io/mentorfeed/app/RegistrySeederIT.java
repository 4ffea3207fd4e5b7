package io.mentorfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.app.kafka.EmbeddedKafkaBroker;
import io.mentorfeed.app.kafka.EmbeddedKafkaConfig;
import io.mentorfeed.app.kafka.TopicInstaller;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeding 10,000 mentors right after the topics are created on a fresh broker: a partition whose leader was not yet
 * known refused its first batch while later ones were appended, and the idempotent producer then retried that batch
 * out of sequence forever, so `start` never became ready. Its own broker: the race needs topics just created, so
 * that test runs first. Then: the file seeds, the API owns after.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrySeederIT {
    private static final int MENTORS = 10_000;

    @TempDir
    static Path tmp;

    private static EmbeddedKafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void startBroker() throws IOException {
        broker = EmbeddedKafkaBroker.start(new EmbeddedKafkaConfig(tmp.resolve("kafka"), "127.0.0.1", freePort(),
                freePort(), Map.of()));
        admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    @Order(1)
    void tenThousandMentorsAreRegisteredOnTopicsJustCreated() throws Exception {
        new TopicInstaller(admin).install(Topics.ALL);
        List<Mentor> mentors = IntStream.range(0, MENTORS).mapToObj(i -> new Mentor("m" + i, "Mentor " + i,
                "https://feeds.example/m" + i + ".xml", SourceKind.BLOG)).toList();
        var profile = new Profile("me", "Me", null, ZoneId.of("UTC"), 7, List.of(), List.of("m1"));

        CompletableFuture.runAsync(() -> RegistrySeeder.seed(kafka(), mentors, List.of(profile)))
                .get(60, TimeUnit.SECONDS);

        assertThat(recordsOn(admin, Topics.MENTORS.name())).isEqualTo(MENTORS);
        assertThat(recordsOn(admin, Topics.PROFILES.name())).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aMentorTheApiChangedOrDeletedKeepsItsStateWhenTheFileIsSeededAgain() throws Exception {
        var inFile = new Mentor("ada", "Ada", "https://ada.example/feed.xml", SourceKind.BLOG);
        var gone = new Mentor("gone", "Gone", "https://gone.example/feed.xml", SourceKind.BLOG);
        RegistrySeeder.seed(kafka(), List.of(inFile, gone), List.of());
        long before = recordsOn(admin, Topics.MENTORS.name());
        // What the API does: pause Ada, delete Gone.
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(), Topics.MENTORS.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.MENTORS.name(), "ada", inFile.withPaused(true))).get();
            producer.send(new ProducerRecord<>(Topics.MENTORS.name(), "gone", null)).get();
        }

        RegistrySeeder.seed(kafka(), List.of(inFile, gone, new Mentor("new", "New", "https://new.example/feed.xml",
                SourceKind.BLOG)), List.of());

        // Only the mentor the topic did not know was written; Ada stays paused, Gone stays deleted.
        assertThat(recordsOn(admin, Topics.MENTORS.name())).isEqualTo(before + 2 + 1);
    }

    private static Map<String, Object> kafka() {
        return Map.of("bootstrap.servers", broker.bootstrapServers());
    }

    private static long recordsOn(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
