package io.mentorfeed.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ViewUpdaterTest {
    private static final Instant AT = Instant.parse("2025-03-12T09:00:00Z");

    private final MaterializedView view = new MaterializedView();
    private final ViewUpdater updater = new ViewUpdater(view);
    private long offset;

    @Test
    void appliesRecordsAndTombstonesByTopic() {
        apply(Topics.PROFILES, "ada", new Profile("ada", null, null, ZoneId.of("UTC"), 7, null, null));
        apply(Topics.RECOMMENDATIONS, "ada/p1", rec("ada", "p1"));
        apply(Topics.RECOMMENDATIONS, "ada/p2", rec("ada", "p2"));
        assertThat(view.profile("ada")).isPresent();
        assertThat(view.recommendationsFor("ada")).extracting(Recommendation::postId)
                .containsExactlyInAnyOrder("p1", "p2");

        apply(Topics.RECOMMENDATIONS, "ada/p1", null);
        apply(Topics.PROFILES, "ada", null);

        assertThat(view.recommendationsFor("ada")).extracting(Recommendation::postId).containsExactly("p2");
        assertThat(view.profile("ada")).isEmpty();
        assertThat(updater.applied()).isEqualTo(5);
    }

    @Test
    void skipsUndecodableRecordsAndKeepsGoing() {
        raw(Topics.POSTS.name(), "p1", "{\"id\": not json");
        raw(Topics.PROFILES.name(), "bad", "{\"id\":\"Not A Slug\"}");
        raw(Topics.PROFILES.name(), null, "{}");
        raw("mentorfeed.entries", "x", "{}");
        apply(Topics.PROFILES, "ada", new Profile("ada", null, null, null, 7, null, null));

        assertThat(updater.skipped()).isEqualTo(4);
        assertThat(updater.applied()).isEqualTo(1);
        assertThat(view.profile("ada")).isPresent();
        assertThat(view.profile("bad")).isEmpty();
    }

    @Test
    void aRecommendationMovedToAnotherProfileLeavesTheFirstIndex() {
        apply(Topics.RECOMMENDATIONS, "k", rec("ada", "p1"));
        apply(Topics.RECOMMENDATIONS, "k", rec("bob", "p1"));

        assertThat(view.recommendationsFor("ada")).isEmpty();
        assertThat(view.recommendationsFor("bob")).hasSize(1);
    }

    private <V> void apply(Topic<String, V> topic, String key, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        updater.apply(new ConsumerRecord<>(topic.name(), 0, offset++, key.getBytes(StandardCharsets.UTF_8), bytes));
    }

    private void raw(String topic, String key, String value) {
        updater.apply(new ConsumerRecord<>(topic, 0, offset++, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8)));
    }

    private static Recommendation rec(String profileId, String postId) {
        return new Recommendation(profileId, postId, "kim", "Kim", "t", null, AT, Action.READ,
                new ResponseWindow(AT, AT, AT.plus(Duration.ofDays(1))), null, 0.5, List.of(), List.of(), List.of(),
                AT, false);
    }
}
