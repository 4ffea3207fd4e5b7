package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relationship rules and the reader's engagements, through the whole topology. */
class RelationshipTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private ProcessorDriver kafka;

    @BeforeEach
    void start() {
        kafka = new ProcessorDriver(MentorfeedTopologyTest.configIn(stateDir), NOW);
        kafka.mentors.pipeInput("fred", new Mentor("fred", "Fred Example", "https://fred.example/feed.xml",
                SourceKind.BLOG));
        kafka.profiles.pipeInput("bob", new Profile("bob", "Bob", "bob@example.org", ZoneId.of("UTC"), 7, List.of(),
                List.of("fred")));
    }

    @AfterEach
    void stop() {
        kafka.close();
    }

    @Test
    void theThirdResponseToTheSameMentorInAWeekIsHeldBackWithEligibleAt() {
        commented("e1", "fred", "old-1", NOW.minus(Duration.ofDays(5)));
        commented("e2", "fred", "old-2", NOW.minus(Duration.ofDays(3)));

        Recommendation third = decideQuestion("q-3");

        assertThat(third.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(third.eligibleAt()).isEqualTo(NOW.minus(Duration.ofDays(5)).plus(Duration.ofDays(7)));
        assertThat(third.reasons()).contains("You have responded to Fred Example twice this week; the limit is 2");
    }

    @Test
    void anEngagementDeliveredTwiceCountsOnce() {
        commented("e1", "fred", "old-1", NOW.minus(Duration.ofDays(5)));
        commented("e1", "fred", "old-1", NOW.minus(Duration.ofDays(5)));

        assertThat(decideQuestion("q-3").action()).isEqualTo(Action.RESPOND_NOW);
    }

    @Test
    void anEngagementClosesItsRecommendation() {
        Recommendation open = decideQuestion("q-1");
        assertThat(open.closed()).isFalse();

        kafka.engagements.pipeInput("bob", new Engagement("e9", "bob", open.postId(), "fred",
                Engagement.Kind.COMMENTED, NOW, null));

        Recommendation closed = kafka.latest().get(open.key());
        assertThat(closed.closed()).isTrue();
        assertThat(closed.reasons()).first().isEqualTo("You responded; done");

        // A later revision of the post does not reopen it.
        IngestedEntry edited = Fixtures.withContent(question("q-1"), "Edited", "<p>Who are your mentors, really?</p>");
        kafka.entries.pipeInput("fred", edited);
        assertThat(kafka.latest()).doesNotContainKey(open.key());
    }

    @Test
    void aResponseHoldsBackTheOtherOpenPostOfThatMentor() {
        Recommendation first = decideQuestion("q-1");
        Recommendation second = decideQuestion("q-2");
        assertThat(second.action()).isEqualTo(Action.RESPOND_NOW);

        kafka.engagements.pipeInput("bob", new Engagement("e9", "bob", first.postId(), "fred",
                Engagement.Kind.COMMENTED, NOW, null));

        var latest = kafka.latest();
        assertThat(latest.get(first.key()).closed()).isTrue();
        assertThat(latest.get(second.key()).action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(latest.get(second.key()).eligibleAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void wallClockPunctuationMovesRespondLaterToRespondNowWhenEligible() {
        Recommendation open = decideQuestion("q-1");
        Instant until = NOW.plus(Duration.ofHours(3));
        kafka.engagements.pipeInput("bob", new Engagement("s1", "bob", open.postId(), "fred",
                Engagement.Kind.SNOOZED, NOW, until));
        Recommendation snoozed = kafka.latest().get(open.key());
        assertThat(snoozed.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(snoozed.eligibleAt()).isEqualTo(until);

        kafka.advance(Duration.ofHours(2));
        assertThat(kafka.latest()).as("nothing changes before eligibleAt").isEmpty();

        kafka.advance(Duration.ofHours(1).plusMinutes(1));
        Recommendation now = kafka.latest().get(open.key());
        assertThat(now.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(now.eligibleAt()).isNull();
    }

    @Test
    void wallClockPunctuationTurnsARespondNowIntoReadWhenTheWindowCloses() {
        Recommendation open = decideQuestion("q-1");

        kafka.advance(Duration.ofDays(4));

        Recommendation late = kafka.latest().get(open.key());
        assertThat(late.action()).isEqualTo(Action.READ);
        assertThat(late.reasons()).contains("Published 4 days ago; the conversation has moved on");
    }

    @Test
    void theDailyBudgetCountsTheDigestsRespondNowRowsOnePerMentorAndFreesARowWhenTheReaderActs() {
        kafka.mentors.pipeInput("mark", new Mentor("mark", "Mark", "https://mark.example/feed", SourceKind.BLOG));
        kafka.mentors.pipeInput("seth", new Mentor("seth", "Seth", "https://seth.example/feed", SourceKind.BLOG));
        kafka.mentors.pipeInput("pam", new Mentor("pam", "Pam", "https://pam.example/feed", SourceKind.BLOG));
        kafka.profiles.pipeInput("bob", new Profile("bob", "Bob", "bob@example.org", ZoneId.of("UTC"), 7, List.of(),
                List.of("fred", "mark", "seth", "pam")));
        // Two of Fred's posts take one row of the digest (one post per mentor), so Seth's is the third row.
        for (String[] post : new String[][] {{"fred", "q1"}, {"fred", "q2"}, {"mark", "q"}, {"seth", "q"}}) {
            kafka.entries.pipeInput(post[0], Fixtures.entry(post[0], post[1], "Q", "<p>Who are your mentors?</p>",
                    NOW));
        }
        assertThat(kafka.latest().values()).extracting(Recommendation::action).containsOnly(Action.RESPOND_NOW);

        kafka.entries.pipeInput("pam", Fixtures.entry("pam", "q", "Q", "<p>Who are your mentors?</p>", NOW));
        Recommendation pam = kafka.latest().values().iterator().next();
        assertThat(pam.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(pam.reasons()).contains("Today's budget of 3 responses is used up: 3 posts to respond to in your "
                + "digest");

        // Skipping Seth's post takes it off the digest: its row goes to Pam's.
        String seth = io.mentorfeed.model.Ids.postId("seth", "q");
        kafka.engagements.pipeInput("bob", new Engagement("e-skip", "bob", seth, "seth", Engagement.Kind.SKIPPED,
                NOW, null));
        assertThat(kafka.latest().get(pam.key()).action()).isEqualTo(Action.RESPOND_NOW);
    }

    @Test
    void theDailyBudgetCountsRespondNowItemsAlreadyGivenToday() {
        kafka.mentors.pipeInput("mark", new Mentor("mark", "Mark", "https://mark.example/feed", SourceKind.BLOG));
        kafka.mentors.pipeInput("seth", new Mentor("seth", "Seth", "https://seth.example/feed", SourceKind.BLOG));
        kafka.mentors.pipeInput("pam", new Mentor("pam", "Pam", "https://pam.example/feed", SourceKind.BLOG));
        kafka.profiles.pipeInput("bob", new Profile("bob", "Bob", "bob@example.org", ZoneId.of("UTC"), 7, List.of(),
                List.of("fred", "mark", "seth", "pam")));
        for (String mentor : List.of("fred", "mark", "seth")) {
            kafka.entries.pipeInput(mentor, Fixtures.entry(mentor, "q", "Q", "<p>Who are your mentors?</p>", NOW));
        }
        assertThat(kafka.latest().values()).extracting(Recommendation::action).containsOnly(Action.RESPOND_NOW);

        kafka.entries.pipeInput("pam", Fixtures.entry("pam", "q", "Q", "<p>Who are your mentors?</p>", NOW));

        Recommendation fourth = kafka.latest().values().iterator().next();
        assertThat(fourth.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(fourth.eligibleAt()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(fourth.reasons()).contains("Today's budget of 3 responses is used up: 3 posts to respond to in your "
                + "digest");
    }

    private Recommendation decideQuestion(String entryId) {
        kafka.entries.pipeInput("fred", question(entryId));
        var latest = kafka.latest();
        assertThat(latest).hasSize(1);
        return latest.values().iterator().next();
    }

    private IngestedEntry question(String entryId) {
        return Fixtures.entry("fred", entryId, "Mentors", "<p>I owe my career to three people.</p>"
                + "<p>Who are your mentors?</p>", NOW.minus(Duration.ofHours(1)));
    }

    private void commented(String id, String mentorId, String postId, Instant at) {
        kafka.engagements.pipeInput("bob", new Engagement(id, "bob", postId, mentorId, Engagement.Kind.COMMENTED, at,
                null));
    }
}
