package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.engagements.EngagementService;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailActionsTest {
    private static final Instant NOW = Instant.parse("2026-03-08T12:34:56Z");

    private final MaterializedView view = new MaterializedView();
    private final ViewWriter writer = new ViewWriter(view);
    private final ActionLinks links = new ActionLinks(EmailFixtures.SECRET);
    private final EmailActions actions = new EmailActions(links, new EngagementService(view, writer), view, writer,
            Duration.ofDays(1));

    @BeforeEach
    void reader() {
        view.putProfile("ada", DigestFixtures.profile("ada", "UTC"));
        view.putRecommendation("ada/p1", EmailFixtures.rec("ada", "p1", Action.RESPOND_NOW, NOW.minusSeconds(3600)));
    }

    private String link(String kind, String postId) {
        return links.sign(new EmailAction("ada", kind, postId, NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void aSnoozeRecordsOneEngagementHoweverOftenItIsClicked() {
        String token = link("snoozed", "p1");
        actions.perform(token, NOW);
        actions.perform(token, NOW.plusSeconds(60));
        assertThat(view.engagementsFor("ada")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Engagement.Kind.SNOOZED);
            assertThat(e.postId()).isEqualTo("p1");
            assertThat(e.until()).isEqualTo("2026-03-09T12:00:00Z");
        });
    }

    @Test
    void unsubscribeRemovesTheAddressAndNothingElse() {
        EmailActions.Done done = actions.perform(link(EmailAction.UNSUBSCRIBE, null), NOW);
        assertThat(done.message()).contains("no more digest emails");
        assertThat(view.profile("ada")).get().satisfies(p -> {
            assertThat(p.email()).isNull();
            assertThat(p.interests()).containsExactly("career");
        });
        assertThat(view.engagementsFor("ada")).isEmpty();
    }

    @Test
    void checkingALinkRecordsNothing() {
        assertThat(actions.check(link("skipped", "p1"), NOW).kind()).isEqualTo("skipped");
        assertThat(writer.written).isEmpty();
        assertThatThrownBy(() -> actions.perform(link("skipped", "p1") + "x", NOW))
                .isInstanceOf(InvalidActionLinkException.class);
        assertThat(writer.written).isEmpty();
    }
}
