package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.ingest.schedule.PollBackoff;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/** On its own cluster: it starts without the control topic, as a cluster set up by an older version would. */
@WithKafka
class ControlCommandsIT {
    @Test
    void aMissingControlTopicIsWaitedForNotCreated(KafkaCluster kafka) throws Exception {
        var backoff = new PollBackoff(Duration.ofHours(1), Duration.ofHours(6), Duration.ZERO, new Random());
        try (var scheduler = new FeedScheduler(feed -> Duration.ofHours(1), backoff, 1, Duration.ofSeconds(1))) {
            var commands = ControlCommands.follower("control-it", kafka.clientProperties(), scheduler).start();
            try {
                // Long enough for its first look, and for a broker that auto-creates topics to have done so.
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> !commands.isFollowing());
                assertThat(topicNames(kafka)).doesNotContain(Topics.CONTROL.name());

                kafka.createTopics(List.of(Topics.CONTROL));

                await().atMost(Duration.ofSeconds(30)).until(commands::isFollowing);
            } finally {
                commands.stop();
            }
            assertThat(commands.isAlive()).isFalse();
        }
    }

    private static Set<String> topicNames(KafkaCluster kafka) throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listTopics().names().get();
        }
    }
}
