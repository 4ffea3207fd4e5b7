package io.mentorfeed.processor.relationship;

import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.processor.recommend.Candidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A (profile, post) pair the processor still watches, keyed "profileId/postId": the candidate to decide again, the
 * reader's snooze, and the last decision published, so that a re-decision is published only when it changes.
 * A closed one (the reader acted) stays until its window is long over, so a late revision cannot reopen it.
 * {@code recheckAt} is where {@link OpenDecisions} filed it in its time index (null in records written before it).
 */
public record OpenDecision(Candidate candidate, Instant snoozedUntil, Recommendation published, Instant recheckAt) {
    public OpenDecision(Candidate candidate, Instant snoozedUntil, Recommendation published) {
        this(candidate, snoozedUntil, published, null);
    }

    public boolean closed() {
        return published != null && published.closed();
    }

    public OpenDecision with(Recommendation decision) {
        return new OpenDecision(candidate, snoozedUntil, decision, recheckAt);
    }

    OpenDecision filedAt(Instant at) {
        return new OpenDecision(candidate, snoozedUntil, published, at);
    }

    /** The last decision, closed by what the reader did, saying so first. */
    public OpenDecision closedBy(Engagement engagement, Instant now) {
        Recommendation last = published;
        List<String> reasons = new ArrayList<>(last.reasons());
        reasons.addFirst(switch (engagement.kind()) {
            case COMMENTED -> "You responded; done";
            case READ -> "You read it; done";
            case SKIPPED -> "You skipped it";
            case SNOOZED -> "You snoozed it";
            case STARRED, UNSTARRED -> throw new IllegalArgumentException("a star closes no decision");
        });
        return with(new Recommendation(last.profileId(), last.postId(), last.mentorId(), last.mentorName(),
                last.title(), last.link(), last.published(), last.action(), last.window(), last.eligibleAt(),
                last.score(), reasons, last.tags(), last.signals(), now, true, last.eventDate(), last.eventPlace()));
    }
}
