package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.ProcessorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one reader and one post, what to do and why. The rules of this release:
 * past the window, read only; a post that asks readers something, inside its window, is respond-now; otherwise read.
 * Interests add a reason and score. Every decision carries at least one reason a reader can understand.
 * Relationship rules (caps, gaps, daily budget, engagements) will join here.
 */
public final class RecommendationPolicy {
    private static final double READ_SCORE = 0.3;
    private static final double CLOSED_SCORE = 0.1;
    private static final double RESPOND_SCORE = 0.6;
    private static final double EARLY_BONUS = 0.2;
    private static final double INTEREST_BONUS = 0.1;
    private static final int MAX_INTERESTS_SCORED = 3;

    private final ProcessorConfig config;
    private final InterestMatcher interests;

    public RecommendationPolicy(ProcessorConfig config, InterestMatcher interests) {
        this.config = config;
        this.interests = interests;
    }

    public Recommendation decide(Post post, Profile profile, MentorRef mentor, Instant now) {
        ResponseWindow window = windowOf(post, mentor);
        // A date in the future (a feed's clock, a scheduled post) counts as just published.
        Duration age = Duration.between(window.opensAt(), now).isNegative() ? Duration.ZERO
                : Duration.between(window.opensAt(), now);
        String published = "Published " + Ages.ago(age);
        List<String> matched = interests.matches(profile.interests(), post);
        Optional<Signal> invitation = post.signals().stream()
                .filter(s -> s.kind() == Signal.Kind.INVITES_RESPONSE).findFirst();

        List<String> reasons = new ArrayList<>();
        Action action;
        double score;
        if (!now.isBefore(window.closesAt())) {
            action = Action.READ;
            score = CLOSED_SCORE;
            reasons.add(published + "; the conversation has moved on");
        } else if (invitation.isPresent()) {
            action = Action.RESPOND_NOW;
            boolean early = now.isBefore(window.bestBefore());
            score = RESPOND_SCORE + (early ? EARLY_BONUS : 0);
            reasons.add(invitationReason(invitation.get()));
            reasons.add(early ? published + "; early comments are the ones authors read"
                    : published + "; still open for " + Ages.describe(Duration.between(now, window.closesAt())));
        } else {
            action = Action.READ;
            score = READ_SCORE;
            reasons.add(matched.isEmpty() ? "New from " + mentor.name() + "; nothing in it asks readers to respond"
                    : "New from " + mentor.name() + "; worth a read, no response asked for");
        }
        for (String interest : matched) {
            reasons.add("Matches your interest in " + interest);
        }
        score += INTEREST_BONUS * Math.min(matched.size(), MAX_INTERESTS_SCORED);
        return new Recommendation(profile.id(), post.id(), post.mentorId(), mentor.name(), post.title(), post.link(),
                post.publishedOrSeen(), action, window, null, Math.min(1.0, score), reasons, post.tags(),
                post.signals(), now, false);
    }

    public ResponseWindow windowOf(Post post, MentorRef mentor) {
        Instant opens = post.publishedOrSeen();
        return new ResponseWindow(opens, opens.plus(config.bestWithin()), opens.plus(config.windowFor(mentor.kind())));
    }

    private static String invitationReason(Signal signal) {
        String evidence = signal.evidence();
        return evidence.endsWith("?") ? "Asks readers: '" + evidence + "'" : "Invites responses: '" + evidence + "'";
    }
}
