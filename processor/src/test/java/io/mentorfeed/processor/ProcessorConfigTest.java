package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.SourceKind;
import io.mentorfeed.processor.mentors.CommentReplyRules;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessorConfigTest {
    private final ProcessorConfig d = ProcessorConfig.defaults();

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(d.applicationId()).isEqualTo("mentorfeed-processor");
        assertThat(d.stateDir()).isEqualTo(Path.of("data/streams"));
        assertThat(d.commitInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(d.windowFor(SourceKind.BLOG)).isEqualTo(Duration.ofDays(4));
        assertThat(d.windowFor(SourceKind.NEWSLETTER)).isEqualTo(Duration.ofDays(3));
        assertThat(d.windowFor(SourceKind.PODCAST)).isEqualTo(Duration.ofDays(5));
        assertThat(d.windowFor(SourceKind.VIDEO)).isEqualTo(Duration.ofDays(2));
        assertThat(d.bestWithin()).isEqualTo(Duration.ofHours(6));
        assertThat(d.wordsPerMinute()).isEqualTo(230);
        assertThat(d.commentReplies()).isEqualTo(new CommentReplyRules(0.5, 3, 20, 0.1));
    }

    @Test
    void badCommentReplyRulesAreRejectedByName() {
        assertThatThrownBy(() -> new CommentReplyRules(0, 3, 20, 0.1)).hasMessageContaining("repliesToMost");
        assertThatThrownBy(() -> new CommentReplyRules(0.5, 0, 20, 0.1)).hasMessageContaining("minThreads");
        assertThatThrownBy(() -> new CommentReplyRules(0.5, 5, 4, 0.1)).hasMessageContaining("recentThreads");
        assertThatThrownBy(() -> new CommentReplyRules(0.5, 3, 20, 2)).hasMessageContaining("bonus");
        assertThatThrownBy(() -> d.withCommentReplies(null)).hasMessageContaining("commentReplies");
    }

    @Test
    void badValuesAreRejectedByName() {
        assertThatThrownBy(() -> new ProcessorConfig(" ", d.stateDir(), 0, d.commitInterval(), d.blogWindow(),
                d.newsletterWindow(), d.podcastWindow(), d.videoWindow(), d.bestWithin(), 230, d.closeTimeout(), d.recheckEvery(),
                d.profilePartitions(), d.relationships(), d.taxonomy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicationId");
        assertThatThrownBy(() -> new ProcessorConfig("p", d.stateDir(), 0, Duration.ZERO, d.blogWindow(),
                d.newsletterWindow(), d.podcastWindow(), d.videoWindow(), d.bestWithin(), 230, d.closeTimeout(), d.recheckEvery(),
                d.profilePartitions(), d.relationships(), d.taxonomy()))
                .hasMessageContaining("commitInterval");
        assertThatThrownBy(() -> new ProcessorConfig("p", d.stateDir(), 0, d.commitInterval(), d.blogWindow(),
                d.newsletterWindow(), d.podcastWindow(), Duration.ofHours(3), d.bestWithin(), 230, d.closeTimeout(), d.recheckEvery(),
                d.profilePartitions(), d.relationships(), d.taxonomy()))
                .hasMessageContaining("bestWithin");
        assertThatThrownBy(() -> new ProcessorConfig("p", d.stateDir(), -1, d.commitInterval(), d.blogWindow(),
                d.newsletterWindow(), d.podcastWindow(), d.videoWindow(), d.bestWithin(), 230, d.closeTimeout(), d.recheckEvery(),
                d.profilePartitions(), d.relationships(), d.taxonomy()))
                .hasMessageContaining("numStandbyReplicas");
        assertThatThrownBy(() -> new ProcessorConfig("p", d.stateDir(), 0, d.commitInterval(), d.blogWindow(),
                d.newsletterWindow(), d.podcastWindow(), d.videoWindow(), d.bestWithin(), 0, d.closeTimeout(), d.recheckEvery(),
                d.profilePartitions(), d.relationships(), d.taxonomy()))
                .hasMessageContaining("wordsPerMinute");
    }
}
