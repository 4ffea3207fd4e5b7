package io.mentorfeed.processor.relationship;

import java.time.Duration;

/**
 * The "don't bug them" rules: at most {@code weeklyCapPerMentor} responses to one mentor in any rolling 7 days, at
 * least {@code minGapPerMentor} between two of them, at most {@code dailyBudget} responses a day (the reader's local
 * day), and a gentle score bonus for a mentor not answered for {@code neglectedAfter}. A post with
 * {@code crowdedComments} comments or more already hides a new voice: read, not respond. A mentor whose posts draw
 * {@code busyComments} or more on average gets a reason to respond early.
 */
public record RelationshipRules(int weeklyCapPerMentor, Duration minGapPerMentor, int dailyBudget,
                                Duration neglectedAfter, double neglectedBonus, int crowdedComments,
                                int busyComments) {
    public RelationshipRules {
        if (weeklyCapPerMentor < 1) {
            throw new IllegalArgumentException("weeklyCapPerMentor must be at least 1, was " + weeklyCapPerMentor);
        }
        if (minGapPerMentor == null || minGapPerMentor.isNegative()) {
            throw new IllegalArgumentException("minGapPerMentor must be zero or positive, was " + minGapPerMentor);
        }
        if (dailyBudget < 1) {
            throw new IllegalArgumentException("dailyBudget must be at least 1, was " + dailyBudget);
        }
        if (neglectedAfter == null || neglectedAfter.isNegative() || neglectedAfter.isZero()) {
            throw new IllegalArgumentException("neglectedAfter must be a positive duration, was " + neglectedAfter);
        }
        if (neglectedBonus < 0 || neglectedBonus > 1) {
            throw new IllegalArgumentException("neglectedBonus must be between 0 and 1, was " + neglectedBonus);
        }
        if (busyComments < 1) {
            throw new IllegalArgumentException("busyComments must be at least 1, was " + busyComments);
        }
        if (crowdedComments < 1) {
            throw new IllegalArgumentException("crowdedComments must be at least 1, was " + crowdedComments);
        }
    }

    /** Two responses a week to one mentor, two days apart, three a day in all: attentive, never pestering. */
    public static RelationshipRules defaults() {
        return new RelationshipRules(2, Duration.ofDays(2), 3, Duration.ofDays(21), 0.1, 200, 50);
    }
}
