package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.Topic;
import io.mentorfeed.model.TopicSpec;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

@WithKafka
class TopicInstallerIT {

    @Test
    void installsEveryTopicOnceWithItsSpec(KafkaCluster kafka) throws Exception {
        try (Admin admin = kafka.admin()) {
            TopicInstaller installer = new TopicInstaller(admin);
            TopicInstallSummary first = installer.install(Topics.ALL);
            assertThat(first.created())
                    .containsExactlyInAnyOrderElementsOf(Topics.ALL.stream().map(Topic::name).toList());
            assertThat(first.existing()).isEmpty();

            TopicInstallSummary second = installer.install(Topics.ALL);
            assertThat(second.created()).isEmpty();
            assertThat(second.existing()).hasSize(Topics.ALL.size());
            assertThat(second.drifted()).isEmpty();

            var descriptions = admin.describeTopics(List.of(Topics.POSTS.name(), Topics.DEAD_LETTERS.name()))
                    .allTopicNames().get();
            assertThat(descriptions.get(Topics.POSTS.name()).partitions()).hasSize(Topics.POSTS.spec().partitions());
            assertThat(descriptions.get(Topics.DEAD_LETTERS.name()).partitions()).hasSize(3);
            assertThat(cleanupPolicy(admin, Topics.MENTORS.name())).isEqualTo("compact");
            assertThat(cleanupPolicy(admin, Topics.RECOMMENDATIONS.name())).isEqualTo("compact");
            assertThat(cleanupPolicy(admin, Topics.ENTRIES.name())).isEqualTo("delete");
        }
    }

    @Test
    void aDriftedTopicIsReportedButLeftAsItIs(KafkaCluster kafka) throws Exception {
        Topic<String, String> table = new Topic<>("drift-check.table", Serdes.String(), Serdes.String(),
                TopicSpec.compacted(4));
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(table.name(), 2, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete")))).all().get();

            TopicInstallSummary summary = new TopicInstaller(admin).install(List.of(table));

            assertThat(summary.created()).isEmpty();
            assertThat(summary.existing()).containsExactly(table.name());
            assertThat(summary.drifted()).containsExactly(table.name());
            assertThat(admin.describeTopics(List.of(table.name())).allTopicNames().get()
                    .get(table.name()).partitions()).hasSize(2);
            assertThat(cleanupPolicy(admin, table.name())).isEqualTo("delete");
        }
    }

    @Test
    void aReplicationFactorTheClusterCannotHonourNamesTheTopic(KafkaCluster kafka) {
        Topic<String, String> topic = new Topic<>("rf-check.log", Serdes.String(), Serdes.String(),
                TopicSpec.retained(1, Duration.ofDays(1)));
        try (Admin admin = kafka.admin()) {
            assertThatThrownBy(() -> new TopicInstaller(admin, 3, Duration.ofSeconds(20)).install(List.of(topic)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Kafka refused creating topic rf-check.log")
                    .hasMessageContaining("replication factor");
        }
    }

    @Test
    void aClusterThatDoesNotAnswerGivesAClearErrorInTime() {
        // Nothing listens on port 1: the admin keeps retrying until the installer's deadline.
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", "127.0.0.1:1"))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> new TopicInstaller(admin, 1, Duration.ofSeconds(2)).install(Topics.ALL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not answer within 2 s while listing topics");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value();
    }
}
