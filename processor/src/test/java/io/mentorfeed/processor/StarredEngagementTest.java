package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed reader's star (the API writes it as an engagement) is a bookmark: the decision stays open as it was. */
class StarredEngagementTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void aStarAndItsRemovalNeitherCloseNorChangeTheDecision() {
        try (ProcessorDriver kafka = new ProcessorDriver(MentorfeedTopologyTest.configIn(stateDir), NOW)) {
            kafka.mentors.pipeInput("fred", new Mentor("fred", "Fred Example", "https://fred.example/feed.xml",
                    SourceKind.BLOG));
            kafka.profiles.pipeInput("bob", new Profile("bob", "Bob", null, ZoneId.of("UTC"), 7, List.of(),
                    List.of("fred")));
            kafka.entries.pipeInput("fred", Fixtures.entry("fred", "q-1", "Mentors",
                    "<p>Who are your mentors?</p>", NOW.minus(Duration.ofHours(1))));
            Recommendation open = kafka.latest().values().iterator().next();
            assertThat(open.action()).isEqualTo(Action.RESPOND_NOW);

            kafka.engagements.pipeInput("bob", new Engagement("s1", "bob", open.postId(), "fred",
                    Engagement.Kind.STARRED, NOW, null));
            kafka.engagements.pipeInput("bob", new Engagement("s2", "bob", open.postId(), "fred",
                    Engagement.Kind.UNSTARRED, NOW, null));

            assertThat(kafka.latest()).isEmpty(); // nothing republished: the decision is unchanged
            kafka.engagements.pipeInput("bob", new Engagement("e1", "bob", open.postId(), "fred",
                    Engagement.Kind.COMMENTED, NOW, null));
            assertThat(kafka.latest().get(open.key()).closed()).isTrue(); // and still open until a real action
        }
    }
}
