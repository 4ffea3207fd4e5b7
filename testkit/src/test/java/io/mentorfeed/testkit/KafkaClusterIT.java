package io.mentorfeed.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@WithKafka
class KafkaClusterIT {
    @Test
    void createsTopicsAsDescribedAndReadsBackWhatWasSent(KafkaCluster kafka) throws Exception {
        kafka.createTopics(List.of(Topics.MENTORS));
        kafka.createTopics(List.of(Topics.MENTORS)); // a second time is harmless

        var mentor = new Mentor("avc", "Fred Wilson", "https://avc.example/feed", SourceKind.BLOG);
        kafka.send(Topics.MENTORS, Map.of("avc", mentor));

        assertThat(kafka.readAll(Topics.MENTORS)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(mentor));
        try (Admin admin = kafka.admin()) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MENTORS.name());
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(Topics.MENTORS.name())).allTopicNames().get()
                    .get(Topics.MENTORS.name()).partitions()).hasSize(Topics.MENTORS.spec().partitions());
        }
    }

    @Test
    void theSameClusterServesEveryTestOfTheClass(KafkaCluster first, KafkaCluster second) {
        assertThat(first).isSameAs(second);
        assertThat(first.bootstrapServers()).isNotBlank();
    }
}
