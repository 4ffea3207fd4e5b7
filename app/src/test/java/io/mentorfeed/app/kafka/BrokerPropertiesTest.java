package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
    private final EmbeddedKafkaConfig config =
            new EmbeddedKafkaConfig(Path.of("/var/mf/kafka"), "127.0.0.1", 19092, 19093, Map.of());

    @Test
    void oneNodeIsBothBrokerAndItsOwnControllerQuorum() {
        Properties props = BrokerProperties.of(config);
        assertThat(props).containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/var/mf/kafka");
    }

    @Test
    void internalTopicsFitOneBrokerAndTopicsAreNeverAutoCreated() {
        Properties props = BrokerProperties.of(config);
        assertThat(props).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void extraSettingsWin() {
        EmbeddedKafkaConfig withExtra = new EmbeddedKafkaConfig(Path.of("d"), "127.0.0.1", 19092, 19093,
                Map.of("offsets.topic.num.partitions", "12", "log.retention.hours", "1"));
        assertThat(BrokerProperties.of(withExtra)).containsEntry("offsets.topic.num.partitions", "12")
                .containsEntry("log.retention.hours", "1");
    }
}
