package io.mentorfeed.processor.tables;

import io.mentorfeed.model.Profile;
import java.util.List;

/**
 * One row of the {@link ProfileDirectory}: a reader's profile (under "p/profileId"), or one reader following one
 * mentor with the interests a post is matched against (under "f/mentorId/profileId"). Exactly one of the two is set.
 */
public record DirectoryRow(Profile profile, Follower follower) {
    /** A reader as one mentor's follower: all the fan-out needs of the profile. */
    public record Follower(String profileId, List<String> interests) {
        public Follower {
            interests = interests == null ? List.of() : List.copyOf(interests);
        }
    }

    static DirectoryRow of(Profile profile) {
        return new DirectoryRow(profile, null);
    }

    static DirectoryRow of(Follower follower) {
        return new DirectoryRow(null, follower);
    }
}
