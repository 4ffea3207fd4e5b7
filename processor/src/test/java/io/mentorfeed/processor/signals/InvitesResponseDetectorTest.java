package io.mentorfeed.processor.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.Fixtures;
import io.mentorfeed.processor.posts.TextExtractor;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvitesResponseDetectorTest {
    private final TextExtractor extractor = new TextExtractor();
    private final InvitesResponseDetector detector = new InvitesResponseDetector();

    private Optional<Signal> detect(String title, String html) {
        return detector.detect(new PostText(title, extractor.extract(html)));
    }

    @Test
    void aQuestionToReadersInTheLastParagraphIsTheEvidence() {
        assertThat(detect("Three people", Fixtures.text("html/question-at-end.html")))
                .contains(new Signal(Signal.Kind.INVITES_RESPONSE, "Who are your mentors?"));
    }

    @Test
    void rhetoricalQuestionsInTheMiddleDoNotCount() {
        assertThat(detect("Same-day replies", Fixtures.text("html/question-in-middle.html"))).isEmpty();
    }

    @Test
    void aQuestionOnlyInTheTitleDoesNotCount() {
        assertThat(detect("Are you hiring the wrong people?",
                "<p>Most teams hire for skills and fire for attitude.</p><p>Here is what I changed in our process, "
                        + "and what it did to our retention over two years of hiring.</p>")).isEmpty();
    }

    @Test
    void anInvitationToCommentCountsAnywhere() {
        assertThat(detect("A pricing course", Fixtures.text("html/comments-invite-middle.html")))
                .hasValueSatisfying(s -> assertThat(s.evidence())
                        .startsWith("Let me know in the comments which pricing questions you want covered"));
    }

    @Test
    void letMeKnowInTheCommentsAtTheEnd() {
        assertThat(detect("Notes", "<p>I tried three note apps this month.</p><p>Which one do I keep? Let me know "
                + "in the comments.</p>")).hasValueSatisfying(s -> assertThat(s.evidence())
                .isEqualTo("Let me know in the comments."));
    }

    @Test
    void looksPastAShortFeedFooterToTheClosingQuestion() {
        assertThat(detect("Podcasting", Fixtures.text("html/question-before-footer.html")))
                .hasValueSatisfying(s -> assertThat(s.evidence())
                        .isEqualTo("What would you want me to talk about in the next episode?"));
    }

    @Test
    void reportingWhatSomeoneSaidInTheCommentsIsNoInvitation() {
        assertThat(detect("Follow-up", "<p>As Sam said in the comments last week, timing matters.</p>"
                + "<p>I agree, and I have rewritten the checklist to say so, with the dates moved earlier.</p>"))
                .isEmpty();
    }

    @Test
    void questionsPutToAGuestOrQuotedFromSomeoneElseAreNotToReaders() {
        assertThat(detect("Interview", "<p>Ivan: Maria, what do you do when you blank on stage?</p>")).isEmpty();
        assertThat(detect("Panel", "<p>The best one: if you drop CVs, what replaces the filter?</p>")).isEmpty();
        assertThat(detect("Dana", "<p>I asked Dana: what would you post first?</p>")).isEmpty();
    }

    @Test
    void aQuestionAnsweredAtOnceIsRhetorical() {
        assertThat(detect("TikTok", "<p>Was I wrong about you? Yes. Am I still sceptical? Also yes.</p>")).isEmpty();
    }

    @Test
    void asksToSendOrReplyAreInvitations() {
        assertThat(detect("Mailbag", "<p>Answers.</p><p>Got a question for the next mailbag? Send it my way.</p>"))
                .isPresent();
        assertThat(detect("Berlin", "<p>If you're in Berlin and hire engineers, I'd love to meet: reply and say hi."
                + "</p>")).isPresent();
    }

    @Test
    void anEmptyBodyHasNoSignal() {
        assertThat(detect("What do you think?", null)).isEmpty();
    }
}
