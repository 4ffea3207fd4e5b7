package io.mentorfeed.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Engagement.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The view keeps a reader's latest engagement per post and the last day's, and forgets the rest. */
class HeldEngagementsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theLatestVerdictAndStarPerPostStayTheSupersededGoAfterADayOfNewerActivity() {
        MaterializedView view = new MaterializedView();
        view.addEngagement("ada", engagement("e1", "p1", Kind.SNOOZED, T0));
        view.addEngagement("ada", engagement("e2", "p1", Kind.STARRED, T0.plusSeconds(1)));
        view.addEngagement("ada", engagement("e3", "p1", Kind.READ, T0.plusSeconds(2)));
        assertThat(ids(view)).containsExactly("e1", "e2", "e3");

        view.addEngagement("ada", engagement("e4", "p2", Kind.COMMENTED, T0.plus(Duration.ofHours(25))));

        assertThat(ids(view)).as("e1 superseded by e3 a day ago").containsExactly("e2", "e3", "e4");
        assertThat(view.engagement("e1")).isEmpty();
        assertThat(view.engagement("e3")).isPresent();
    }

    @Test
    void aRetryWithinTheDayFindsTheFirstRecordAndChangesNothing() {
        MaterializedView view = new MaterializedView();
        view.addEngagement("ada", engagement("e1", "p1", Kind.SNOOZED, T0));
        view.addEngagement("ada", engagement("e2", "p1", Kind.READ, T0.plus(Duration.ofHours(1))));

        view.addEngagement("ada", engagement("e1", "p1", Kind.SKIPPED, T0.plus(Duration.ofHours(2))));

        assertThat(view.engagement("e1")).get().extracting(Engagement::kind).isEqualTo(Kind.SNOOZED);
        assertThat(ids(view)).containsExactly("e1", "e2");
    }

    @Test
    void anOlderEngagementWrittenLaterIsNotTheLatestAndIsForgottenOnceOld() {
        MaterializedView view = new MaterializedView();
        view.addEngagement("ada", engagement("e1", "p1", Kind.READ, T0.plus(Duration.ofDays(2))));

        view.addEngagement("ada", engagement("e0", "p1", Kind.SNOOZED, T0));

        assertThat(ids(view)).containsExactly("e1");
    }

    @Test
    void theLatestPerPostIsWhatTheWholeHistoryGivesAndWhatIsHeldStaysBounded() {
        Random random = new Random(16);
        MaterializedView view = new MaterializedView();
        Map<String, Engagement> verdicts = new HashMap<>();
        Map<String, Engagement> stars = new HashMap<>();
        Kind[] kinds = Kind.values();
        Instant at = T0;
        for (int i = 0; i < 20_000; i++) {
            at = at.plus(Duration.ofMinutes(random.nextInt(30))).minus(Duration.ofMinutes(random.nextInt(5)));
            Engagement e = engagement("e" + i, "p" + random.nextInt(200), kinds[random.nextInt(kinds.length)], at);
            view.addEngagement("ada", e);
            (e.kind().isStar() ? stars : verdicts).merge(e.postId(), e, (a, b) -> b.at().isBefore(a.at()) ? a : b);
        }
        Map<String, Engagement> heldVerdicts = new HashMap<>();
        Map<String, Engagement> heldStars = new HashMap<>();
        for (Engagement e : view.engagementsFor("ada")) {
            (e.kind().isStar() ? heldStars : heldVerdicts).merge(e.postId(), e, (a, b) -> b.at().isBefore(a.at()) ? a : b);
        }

        assertThat(heldVerdicts).isEqualTo(verdicts);
        assertThat(heldStars).isEqualTo(stars);
        assertThat(view.engagementsFor("ada")).hasSizeLessThan(2 * 200 + 24 * 60 / 10);
    }

    private static List<String> ids(MaterializedView view) {
        List<String> ids = new ArrayList<>();
        view.engagementsFor("ada").forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static Engagement engagement(String id, String post, Kind kind, Instant at) {
        return new Engagement(id, "ada", post, "kim", kind, at, kind == Kind.SNOOZED ? at.plusSeconds(3600) : null);
    }
}
