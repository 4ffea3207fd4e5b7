package io.mentorfeed.processor.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.processor.ProcessorConfig;
import io.mentorfeed.processor.relationship.ProfileHistory;
import io.mentorfeed.processor.tags.Stemmer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationPolicyTest {
    private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");
    private final RecommendationPolicy policy = new RecommendationPolicy(ProcessorConfig.defaults());
    private final InterestMatcher interests = new InterestMatcher(new Stemmer());
    private final MentorRef podcaster = new MentorRef("pat", "Pat Podcast", SourceKind.PODCAST);

    @Test
    void afterTheBestHoursAnInvitationIsStillRespondNowButSaysHowLongIsLeft() {
        Recommendation r = decide(post(NOW.minus(Duration.ofDays(1)), "Tell me what you think.", List.of()),
                List.of());

        assertThat(r.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(r.reasons()).containsExactly("Invites responses: 'Tell me what you think.'",
                "Published 24 hours ago; still open for 4 days", "You have not responded to Pat Podcast yet");
        assertThat(r.window().closesAt()).isEqualTo(r.window().opensAt().plus(Duration.ofDays(5)));
    }

    @Test
    void anUpcomingEventKeepsThePostOpenUntilTheEventAndTheDecisionCarriesItsDayAndPlace() {
        var event = new Signal(Signal.Kind.EVENT, "Live show in London on June 18.", java.time.LocalDate.of(2026, 6, 18),
                "London");
        Post post = post(NOW.minus(Duration.ofDays(12)), null, List.of(), List.of(event), null);

        Recommendation r = decide(post, List.of());

        // Twelve days on, a podcast's five-day window would be over; the event's is not.
        assertThat(r.action()).isEqualTo(Action.READ);
        assertThat(r.window().closesAt()).isEqualTo(Instant.parse("2026-06-19T12:00:00Z"));
        assertThat(r.eventDate()).isEqualTo(java.time.LocalDate.of(2026, 6, 18));
        assertThat(r.eventPlace()).isEqualTo("London");
        assertThat(r.reasons()).contains("Mentions an event on Thu 18 June 2026 in London: 'Live show in London on "
                + "June 18.'; open until then");
    }

    @Test
    void anEventSoonerThanTheSourcesSpanDoesNotShortenTheWindow() {
        var event = new Signal(Signal.Kind.EVENT, "Tonight, online.", NOW.atZone(ZoneId.of("UTC")).toLocalDate(),
                "online");

        Recommendation r = decide(post(NOW, "Who's coming?", List.of(), List.of(event), null), List.of());

        assertThat(r.window().closesAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(r.reasons()).anySatisfy(reason -> assertThat(reason).contains("(online)"));
    }

    @Test
    void aFutureDateCountsAsJustPublished() {
        Recommendation r = decide(post(NOW.plus(Duration.ofHours(2)), "Who else is going?", List.of()), List.of());

        assertThat(r.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(r.reasons()).contains("Published a moment ago; early comments are the ones authors read");
    }

    @Test
    void interestsMatchTagsAndWholeWordsOnly() {
        Post post = post(NOW.minus(Duration.ofHours(3)), null, List.of("pricing"));

        Recommendation r = decide(post, List.of("Pricing", "public speaking", "art"));

        assertThat(r.action()).isEqualTo(Action.READ);
        // "art" is inside "start" and "smart", never a word of its own here.
        assertThat(r.reasons()).containsExactly("New from Pat Podcast; worth a read, no response asked for",
                "Matches your interest in pricing", "Matches your interest in public speaking");
        assertThat(r.score()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void interestsMatchStemmedWords() {
        Recommendation r = decide(post(NOW, null, List.of()), List.of("founder", "speak"));

        assertThat(r.reasons()).contains("Matches your interest in founder", "Matches your interest in speak");
    }

    @Test
    void theThirdResponseToOneMentorInAWeekWaitsUntilTheFirstLeavesTheWeek() {
        var history = ProfileHistory.empty()
                .withResponse(new ProfileHistory.Response("e1", "pat", NOW.minus(Duration.ofDays(5))), NOW)
                .withResponse(new ProfileHistory.Response("e2", "pat", NOW.minus(Duration.ofDays(3))), NOW);

        Recommendation r = decide(post(NOW.minus(Duration.ofHours(1)), "What do you think?", List.of()), history, 0,
                null);

        assertThat(r.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(r.eligibleAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(r.reasons()).contains("You have responded to Pat Podcast twice this week; the limit is 2",
                "Respond in 2 days, while it is open", "You last responded to Pat Podcast 3 days ago");
    }

    @Test
    void aResponseTooSoonAfterTheLastOneWaitsForTheGap() {
        var history = ProfileHistory.empty()
                .withResponse(new ProfileHistory.Response("e1", "pat", NOW.minus(Duration.ofHours(12))), NOW);

        Recommendation r = decide(post(NOW, "What do you think?", List.of()), history, 0, null);

        assertThat(r.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(r.eligibleAt()).isEqualTo(NOW.plus(Duration.ofHours(36)));
        assertThat(r.reasons()).contains("You responded to Pat Podcast 12 hours ago; leave 2 days between responses");
    }

    @Test
    void aSpentDailyBudgetWaitsForTomorrowInTheReadersZone() {
        Recommendation r = decide(post(NOW, "What do you think?", List.of()), ProfileHistory.empty(), 3, null);

        assertThat(r.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(r.eligibleAt()).isEqualTo(Instant.parse("2026-05-11T00:00:00Z"));
        assertThat(r.reasons()).contains("Today's budget of 3 responses is used up: 3 posts to respond to in your "
                + "digest");
    }

    @Test
    void theBudgetCountsResponsesWrittenTodayAndTheDigestsRespondNowRows() {
        var history = ProfileHistory.empty()
                .withResponse(new ProfileHistory.Response("e1", "sam", NOW.minus(Duration.ofHours(2))), NOW);

        assertThat(decide(post(NOW, "What do you think?", List.of()), history, 1, null).action())
                .isEqualTo(Action.RESPOND_NOW);
        assertThat(decide(post(NOW, "What do you think?", List.of()), history, 2, null).reasons())
                .contains("Today's budget of 3 responses is used up: 2 posts to respond to in your digest, "
                        + "1 response written today");
    }

    @Test
    void aSnoozeHoldsUntilItEnds() {
        Instant until = NOW.plus(Duration.ofHours(5));
        Recommendation r = decide(post(NOW, "What do you think?", List.of()), ProfileHistory.empty(), 0, until);

        assertThat(r.action()).isEqualTo(Action.RESPOND_LATER);
        assertThat(r.eligibleAt()).isEqualTo(until);
        assertThat(r.reasons()).contains("You snoozed it for 5 hours");
    }

    @Test
    void aHoldThatEndsAfterTheWindowMeansRead() {
        Recommendation r = decide(post(NOW.minus(Duration.ofDays(4)).minus(Duration.ofHours(23)), "Thoughts?",
                List.of()), ProfileHistory.empty(), 3, null);

        assertThat(r.action()).isEqualTo(Action.READ);
        assertThat(r.reasons()).contains("The window closes before then; read it instead");
    }

    @Test
    void personalNewsIsRespondNowAndCrowdedCommentsAreRead() {
        var news = new Signal(Signal.Kind.PERSONAL_NEWS, "My father passed away last week.");
        Recommendation r = decide(post(NOW, null, List.of(), List.of(news), null), List.of());
        assertThat(r.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(r.reasons()).first().isEqualTo(
                "Shares personal news: 'My father passed away last week.'; a word of support counts");

        var ask = new Signal(Signal.Kind.INVITES_RESPONSE, "What do you think?");
        Recommendation crowded = decide(post(NOW, null, List.of(), List.of(ask), 450), List.of());
        assertThat(crowded.action()).isEqualTo(Action.READ);
        assertThat(crowded.reasons()).contains("Already 450 comments; a new voice is hard to hear there");
    }

    @Test
    void aClosedWindowWithNothingForTheReaderIsSkip() {
        Recommendation r = decide(post(NOW.minus(Duration.ofDays(9)), null, List.of()), List.of("gardening"));

        assertThat(r.action()).isEqualTo(Action.SKIP);
        assertThat(r.reasons()).containsExactly("Published 9 days ago; the conversation has moved on");
    }

    @Test
    void aMentorWithBusyCommentSectionsGetsAReasonToRespondEarly() {
        var post = post(NOW, "What do you think?", List.of());
        var habits = io.mentorfeed.processor.mentors.MentorHabits.none().withPost(NOW, 90).withPost(NOW, 70);
        var candidate = Candidate.of("reader", post, podcaster, List.of(), habits);

        Recommendation r = policy.decide(candidate, new RecommendationPolicy.Context(ProfileHistory.empty(),
                ZoneId.of("UTC"), 0, null, NOW));

        assertThat(r.reasons()).contains("Pat Podcast's posts draw about 80 comments; an early one stands out");
    }

    @Test
    void aMentorWhoRepliesToMostCommentersGivesAReasonAndABonus() {
        var post = post(NOW, "What do you think?", List.of());
        var replying = habitsWithThreads(new int[][] {{3, 2}, {2, 2}, {4, 1}});
        var silent = habitsWithThreads(new int[][] {{3, 0}, {2, 0}, {4, 0}});

        Recommendation replied = decideWith(post, replying);
        Recommendation plain = decideWith(post, null);
        Recommendation unanswered = decideWith(post, silent);

        assertThat(replied.reasons()).contains("Pat Podcast replies to most commenters: a comment may start a conversation");
        assertThat(replied.score()).isGreaterThan(plain.score());
        assertThat(unanswered.reasons())
                .contains("Pat Podcast has not answered commenters in the last 3 threads; write for the other readers too")
                .noneMatch(reason -> reason.contains("replies to most"));
        assertThat(unanswered.score()).isEqualTo(plain.score());
    }

    @Test
    void tooFewThreadsOrASmallShareSayNothingOfReplies() {
        var post = post(NOW, "What do you think?", List.of());

        Recommendation twoThreads = decideWith(post, habitsWithThreads(new int[][] {{3, 3}, {2, 2}}));
        Recommendation fewAnswered = decideWith(post, habitsWithThreads(new int[][] {{4, 1}, {4, 1}, {4, 1}, {0, 0}}));

        assertThat(twoThreads.reasons()).noneMatch(reason -> reason.contains("commenters"));
        assertThat(fewAnswered.reasons()).noneMatch(reason -> reason.contains("commenters"));
    }

    @Test
    void aPostToReadSaysNothingOfReplies() {
        Recommendation r = decideWith(post(NOW, null, List.of()), habitsWithThreads(new int[][] {{3, 2}, {2, 2}, {4, 4}}));

        assertThat(r.action()).isEqualTo(Action.READ);
        assertThat(r.reasons()).noneMatch(reason -> reason.contains("commenters"));
    }

    private Recommendation decideWith(Post post, io.mentorfeed.processor.mentors.MentorHabits habits) {
        var candidate = Candidate.of("reader", post, podcaster, List.of(), habits);
        return policy.decide(candidate, new RecommendationPolicy.Context(ProfileHistory.empty(), ZoneId.of("UTC"), 0,
                null, NOW));
    }

    /** Habits from threads given as {commenters, mentor replies}. */
    private static io.mentorfeed.processor.mentors.MentorHabits habitsWithThreads(int[][] threads) {
        var habits = io.mentorfeed.processor.mentors.MentorHabits.none();
        for (int i = 0; i < threads.length; i++) {
            int commenters = threads[i][0];
            int replies = threads[i][1];
            habits = habits.withThread(new io.mentorfeed.model.CommentThread("pat", "pat-" + i, "e" + i,
                    "https://pat.example/" + i + "/comments", NOW, commenters + replies, replies, commenters), 20);
        }
        return habits;
    }

    @Test
    void anEditedPostSaysItWasUpdatedAndAFirstVersionDoesNot() {
        Post first = post(NOW.minus(Duration.ofHours(1)), "What would you ask?", List.of());
        Post edited = new Post(first.id(), first.mentorId(), first.entryId(), first.title(), first.link(),
                first.author(), first.published(), NOW, first.summary(), first.text(), first.language(),
                first.readingMinutes(), first.categories(), first.tags(), first.signals(), first.commentsUrl(),
                first.commentsFeedUrl(), first.commentCount(), first.enclosures(), first.firstSeen(), 2, "h2");

        assertThat(decide(first, List.of()).reasons()).doesNotContain("Updated by the author since it first appeared");
        assertThat(decide(edited, List.of()).reasons()).endsWith("Updated by the author since it first appeared");
    }

    private Recommendation decide(Post post, List<String> profileInterests) {
        var candidate = Candidate.of("reader", post, podcaster, interests.matches(profileInterests, post),
                null);
        return policy.decide(candidate, new RecommendationPolicy.Context(ProfileHistory.empty(), ZoneId.of("UTC"), 0,
                null, NOW));
    }

    private Recommendation decide(Post post, ProfileHistory history, long respondNowShown, Instant snoozedUntil) {
        var candidate = Candidate.of("reader", post, podcaster, List.of(), null);
        return policy.decide(candidate, new RecommendationPolicy.Context(history, ZoneId.of("UTC"), respondNowShown,
                snoozedUntil, NOW));
    }

    private static Post post(Instant published, String invitation, List<String> tags) {
        return post(published, invitation, tags, List.of(), null);
    }

    private static Post post(Instant published, String invitation, List<String> tags, List<Signal> more,
                             Integer comments) {
        List<Signal> signals = new java.util.ArrayList<>(more);
        if (invitation != null) {
            signals.add(new Signal(Signal.Kind.INVITES_RESPONSE, invitation));
        }
        return new Post("pat-1", "pat", "e1", "Start smart", "https://pat.example/1", null, published, null, null,
                "Notes on Public\nSpeaking for founders who start out.", "en", 1, tags, tags, signals, null, null,
                comments, List.of(), published, 1, "h");
    }
}
