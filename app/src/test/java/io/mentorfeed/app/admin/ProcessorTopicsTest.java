package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.processor.MentorfeedTopology;
import io.mentorfeed.processor.ProcessorConfig;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.internals.ProcessorStateManager;
import org.junit.jupiter.api.Test;

class ProcessorTopicsTest {
    private static final ProcessorTopics V1 = topicsOf("mentorfeed-processor");
    private static final ProcessorTopics V2 = topicsOf("mentorfeed-processor-v2");

    @Test
    void theInternalTopicsAreTheRepartitionTopicAndTheLocalStoresChangelogsNamedAsKafkaStreamsNamesThem() {
        assertThat(V1.internal()).containsExactly(
                "mentorfeed-processor-candidates-by-profile-repartition",
                "mentorfeed-processor-feed-boilerplate-changelog",
                "mentorfeed-processor-mentor-habits-changelog",
                "mentorfeed-processor-post-dedupe-changelog",
                "mentorfeed-processor-profile-decisions-changelog",
                "mentorfeed-processor-profile-decisions-due-changelog",
                "mentorfeed-processor-profile-history-changelog");
        // Kafka Streams' own naming, so a change of it in a Kafka upgrade fails here rather than in production.
        assertThat(V1.internal()).contains(ProcessorStateManager.storeChangelogTopic("mentorfeed-processor",
                MentorfeedTopology.POST_DEDUPE_STORE, null));
    }

    @Test
    void ofTwoApplicationsWhoseIdsPrefixOneAnotherEachFindsOnlyItsOwnTopics() {
        List<String> cluster = List.of("mentorfeed.entries", "mentorfeed-processor-notes",
                "mentorfeed-processor-post-dedupe-changelog", "mentorfeed-processor-candidates-by-profile-repartition",
                "mentorfeed-processor-v2-post-dedupe-changelog", "mentorfeed-processor-v2-mentor-habits-changelog",
                "mentorfeed-processor-v2-candidates-by-profile-repartition");

        assertThat(V1.existingInternal(cluster)).containsExactly(
                "mentorfeed-processor-candidates-by-profile-repartition", "mentorfeed-processor-post-dedupe-changelog");
        assertThat(V2.existingInternal(cluster)).containsExactly(
                "mentorfeed-processor-v2-candidates-by-profile-repartition",
                "mentorfeed-processor-v2-mentor-habits-changelog", "mentorfeed-processor-v2-post-dedupe-changelog");
    }

    @Test
    void aProcessorThatNeverRanHasNoInternalTopicToDelete() {
        assertThat(V1.existingInternal(Set.of("mentorfeed.entries", "mentorfeed.posts"))).isEmpty();
    }

    @Test
    void theInputTopicsAreTheTopologysMentorfeedSourcesNotItsRepartitionTopicOrGlobalTables() {
        assertThat(V1.inputs())
                .containsExactly("mentorfeed.comments", "mentorfeed.engagements", "mentorfeed.entries")
                .isEqualTo(V2.inputs());
    }

    static ProcessorConfig withApplicationId(String applicationId) {
        ProcessorConfig d = ProcessorConfig.defaults();
        return new ProcessorConfig(applicationId, d.stateDir(), d.numStandbyReplicas(), d.commitInterval(),
                d.blogWindow(), d.newsletterWindow(), d.podcastWindow(), d.videoWindow(), d.bestWithin(),
                d.wordsPerMinute(), d.closeTimeout(), d.recheckEvery(), d.profilePartitions(), d.relationships(),
                d.taxonomy(), d.commentReplies());
    }

    private static ProcessorTopics topicsOf(String applicationId) {
        return ProcessorTopics.of(withApplicationId(applicationId));
    }
}
