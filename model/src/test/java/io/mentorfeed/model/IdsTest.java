package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void postIdIsStableAndDependsOnMentorAndEntry() {
        String id = Ids.postId("avc", "https://avc.example/2026/11/mentors");
        assertThat(id).isEqualTo(Ids.postId("avc", "https://avc.example/2026/11/mentors")).startsWith("avc-").hasSize(20);
        assertThat(Ids.postId("grow", "https://avc.example/2026/11/mentors")).isNotEqualTo(id);
        assertThat(Ids.postId("avc", "https://avc.example/2026/11/other")).isNotEqualTo(id);
    }

    @Test
    void slugsAreLowerCaseUrlSafeAndBounded() {
        assertThat(Ids.isValid("seth-godin")).isTrue();
        assertThat(Ids.isValid("Seth")).isFalse();
        assertThat(Ids.isValid("-seth")).isFalse();
        assertThat(Ids.isValid("a".repeat(65))).isFalse();
        assertThatThrownBy(() -> Ids.requireValid("profile id", "../etc")).hasMessageContaining("profile id '../etc'");
    }

    @Test
    void compactedTopicsAreCompactedAndTheOthersRetained() {
        assertThat(Topics.POSTS.spec().configs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.ENTRIES.spec().configs()).containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", String.valueOf(30L * 24 * 3600 * 1000));
        assertThat(Topics.ALL).extracting(Topic::name).doesNotHaveDuplicates().allMatch(n -> n.startsWith("mentorfeed."));
    }
}
