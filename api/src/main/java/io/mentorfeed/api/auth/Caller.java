package io.mentorfeed.api.auth;

import java.util.Set;

/**
 * Who is asking, as the presented token says: an admin, the owner of some profiles, a feed reader of some
 * profiles (read-only), or nobody ({@code authenticated} false). {@code loopback} tells whether the client
 * connected from this machine, which lets anonymous reads of the configured demo profiles through.
 */
public record Caller(boolean authenticated, boolean admin, Set<String> profiles, Set<String> feedProfiles,
                     boolean loopback) {
    public Caller {
        profiles = Set.copyOf(profiles);
        feedProfiles = Set.copyOf(feedProfiles);
    }

    public static Caller anonymous(boolean loopback) {
        return new Caller(false, false, Set.of(), Set.of(), loopback);
    }

    public boolean owns(String profileId) {
        return admin || profiles.contains(profileId);
    }

    public boolean readsFeedOf(String profileId) {
        return owns(profileId) || feedProfiles.contains(profileId);
    }
}
