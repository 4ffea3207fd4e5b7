package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Its own real broker, not the testkit's: what is tested is starting, restarting and refusing to start twice. */
@Tag("integration")
class EmbeddedKafkaBrokerIT {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBrokerIT.class);
    private static final String TOPIC = "restart-check";

    @TempDir
    Path tmp;

    @Test
    void recordsSurviveARestartOnTheSameDataDir() throws Exception {
        EmbeddedKafkaConfig config = configOn(tmp.resolve("kafka"));
        String clusterId;
        try (EmbeddedKafkaBroker broker = timedStart(config, "first start, formats")) {
            clusterId = broker.clusterId();
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + config.port());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, "mentor-1", "kept across restarts")).get();
            }
        }
        assertThat(tmp.resolve("kafka").resolve("meta.properties")).exists();

        try (EmbeddedKafkaBroker broker = timedStart(config, "restart, reuses the data")) {
            assertThat(broker.clusterId()).isEqualTo(clusterId);
            List<ConsumerRecord<String, String>> records = readFromBeginning(broker.bootstrapServers());
            assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("mentor-1", "kept across restarts"));
            broker.close();
            broker.close(); // idempotent
        }
    }

    @Test
    void aSecondBrokerOnTheSamePortOrDirIsRefusedClearly() throws IOException {
        EmbeddedKafkaConfig first = configOn(tmp.resolve("first"));
        try (EmbeddedKafkaBroker running = EmbeddedKafkaBroker.start(first)) {
            EmbeddedKafkaConfig samePort = new EmbeddedKafkaConfig(tmp.resolve("second"), "127.0.0.1",
                    first.port(), freePort(), Map.of());
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(samePort))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("client port 127.0.0.1:" + first.port() + " is already in use")
                    .hasMessageContaining("kafka.bootstrap-servers");

            EmbeddedKafkaConfig sameDir = configOn(tmp.resolve("first"));
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(sameDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Kafka data dir " + tmp.resolve("first").toAbsolutePath())
                    .hasMessageContaining("in use by another running mentorfeed");

            // The refused starts left the running broker alone.
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", running.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aBadExtraSettingIsNamedAndLeavesTheDataDirUnformattedAndUnlocked() throws IOException {
        Path dir = tmp.resolve("bad");
        EmbeddedKafkaConfig config = new EmbeddedKafkaConfig(dir, "127.0.0.1", freePort(), freePort(),
                Map.of("num.network.threads", "many"));
        assertThatThrownBy(() -> EmbeddedKafkaBroker.start(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot start the embedded Kafka broker")
                .hasMessageContaining("num.network.threads");
        assertThat(dir.resolve("meta.properties")).doesNotExist();
        DataDirLock.acquire(dir).close();
    }

    private static EmbeddedKafkaBroker timedStart(EmbeddedKafkaConfig config, String what) {
        long started = System.nanoTime();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(config);
        log.info("embedded broker ready case=\"{}\" startMs={}", what,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return broker;
    }

    private static List<ConsumerRecord<String, String>> readFromBeginning(String bootstrapServers) {
        Map<String, Object> props = Map.of("bootstrap.servers", bootstrapServers,
                "group.id", "restart-check-" + UUID.randomUUID(), "enable.auto.commit", false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static EmbeddedKafkaConfig configOn(Path dataDir) throws IOException {
        return new EmbeddedKafkaConfig(dataDir, "127.0.0.1", freePort(), freePort(), Map.of());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
