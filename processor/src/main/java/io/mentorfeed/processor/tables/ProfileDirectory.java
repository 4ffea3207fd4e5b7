package io.mentorfeed.processor.tables;

import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Profile;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every reader's profile and, kept beside it, the mentor -> followers index: one global store filled from
 * mentorfeed.profiles, so a post is offered to its mentor's followers by one prefix scan instead of a scan of every
 * profile. Both kinds of row live in one store because a global store has exactly one source topic; the loader
 * writes both from each profile record, and Kafka Streams runs the same loader when it restores the store.
 */
public final class ProfileDirectory {
    private static final Logger log = LoggerFactory.getLogger(ProfileDirectory.class);
    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, DirectoryRow> store;

    public ProfileDirectory(KeyValueStore<String, DirectoryRow> store) {
        this.store = store;
    }

    /** The reader's profile, or null when none was published (or it was deleted). */
    public Profile profile(String profileId) {
        DirectoryRow row = store.get(profileKey(profileId));
        return row == null ? null : row.profile();
    }

    /** Each follower of the mentor, in profile id order. */
    public void forEachFollower(String mentorId, Consumer<DirectoryRow.Follower> action) {
        try (var rows = store.prefixScan(mentorPrefix(mentorId), KEYS)) {
            rows.forEachRemaining(row -> action.accept(row.value.follower()));
        }
    }

    /** Replaces what the directory knows of one reader by this profile (null: the reader is gone). */
    void replace(String profileId, Profile profile) {
        Profile before = profile(profileId);
        Set<String> following = profile == null ? Set.of() : followedMentors(profile);
        Set<String> followedBefore = before == null ? Set.of() : followedMentors(before);
        boolean interestsChanged = before == null || profile == null
                || !before.interests().equals(profile.interests());
        for (String mentorId : followedBefore) {
            if (!following.contains(mentorId)) {
                store.delete(followerKey(mentorId, profileId));
            }
        }
        for (String mentorId : following) {
            if (interestsChanged || !followedBefore.contains(mentorId)) {
                store.put(followerKey(mentorId, profileId),
                        DirectoryRow.of(new DirectoryRow.Follower(profileId, profile.interests())));
            }
        }
        if (profile == null) {
            store.delete(profileKey(profileId));
        } else {
            store.put(profileKey(profileId), DirectoryRow.of(profile));
        }
    }

    /** The mentor ids a profile follows that can be keys (a slug never holds the '/' the keys are built with). */
    private static Set<String> followedMentors(Profile profile) {
        Set<String> mentors = new HashSet<>();
        for (String mentorId : profile.following()) {
            if (mentorId != null && Ids.SLUG.matcher(mentorId).matches()) {
                mentors.add(mentorId);
            } else {
                log.warn("follow of an invalid mentor id ignored profile={} mentor=\"{}\"", profile.id(), mentorId);
            }
        }
        return mentors;
    }

    static String profileKey(String profileId) {
        return "p/" + profileId;
    }

    static String followerKey(String mentorId, String profileId) {
        return mentorPrefix(mentorId) + profileId;
    }

    private static String mentorPrefix(String mentorId) {
        return "f/" + mentorId + "/";
    }
}
