package io.mentorfeed.processor.relationship;

import io.mentorfeed.model.Engagement;
import io.mentorfeed.processor.recommend.Candidate;

/** Either of the two inputs of the per-profile decider, both keyed by profile id: a new candidate, or an engagement. */
public record ProfileEvent(Candidate candidate, Engagement engagement) {
    public static ProfileEvent of(Candidate candidate) {
        return new ProfileEvent(candidate, null);
    }

    public static ProfileEvent of(Engagement engagement) {
        return new ProfileEvent(null, engagement);
    }
}
