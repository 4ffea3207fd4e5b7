package io.mentorfeed.processor.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.processor.ProcessorConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationPolicyTest {
    private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");
    private final RecommendationPolicy policy = new RecommendationPolicy(ProcessorConfig.defaults(),
            new InterestMatcher());
    private final MentorRef podcaster = new MentorRef("pat", "Pat Podcast", SourceKind.PODCAST);

    @Test
    void afterTheBestHoursAnInvitationIsStillRespondNowButSaysHowLongIsLeft() {
        Recommendation r = decide(post(NOW.minus(Duration.ofDays(1)), "Tell me what you think.", List.of()),
                List.of());

        assertThat(r.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(r.reasons()).containsExactly("Invites responses: 'Tell me what you think.'",
                "Published 24 hours ago; still open for 4 days");
        assertThat(r.window().closesAt()).isEqualTo(r.window().opensAt().plus(Duration.ofDays(5)));
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

    private Recommendation decide(Post post, List<String> interests) {
        var profile = new Profile("reader", "Reader", null, ZoneId.of("UTC"), 8, interests, List.of("pat"));
        return policy.decide(post, profile, podcaster, NOW);
    }

    private static Post post(Instant published, String invitation, List<String> tags) {
        List<Signal> signals = invitation == null ? List.of()
                : List.of(new Signal(Signal.Kind.INVITES_RESPONSE, invitation));
        return new Post("pat-1", "pat", "e1", "Start smart", "https://pat.example/1", null, published, null, null,
                "Notes on Public\nSpeaking for founders who start out.", "en", 1, tags, tags, signals, null, null,
                null, List.of(), published, 1, "h");
    }
}
