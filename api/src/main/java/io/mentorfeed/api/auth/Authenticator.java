package io.mentorfeed.api.auth;

import io.mentorfeed.api.ApiConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells who presents a token, from the hashes in {@link ApiConfig}. The token is hashed once and checked against
 * every configured hash (admin, every profile's, every feed token), so the time taken does not depend on which
 * kind of token, if any, it is.
 */
public final class Authenticator {
    private final TokenHashes admin;
    private final Map<String, TokenHashes> profiles;
    private final Map<String, TokenHashes> feeds;
    private final Set<String> anonymousReadProfiles;

    public Authenticator(ApiConfig config) {
        this.admin = TokenHashes.of(config.adminTokenHashes());
        this.profiles = byProfile(config.profileTokenHashes());
        this.feeds = byProfile(config.feedTokenHashes());
        this.anonymousReadProfiles = Set.copyOf(config.anonymousReadProfiles());
    }

    /**
     * @param token the presented token, or empty when none was
     * @return the caller; empty when a token was presented and matches nothing (a 401, not an anonymous call)
     */
    public Optional<Caller> identify(Optional<String> token, boolean loopback) {
        if (token.isEmpty()) {
            return Optional.of(Caller.anonymous(loopback));
        }
        byte[] hash = TokenHashes.hashOf(token.get());
        boolean isAdmin = admin.matches(hash);
        Set<String> owned = matching(profiles, hash);
        Set<String> feedOnly = matching(feeds, hash);
        if (!isAdmin && owned.isEmpty() && feedOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(true, isAdmin, owned, feedOnly, loopback));
    }

    /** Whether an anonymous loopback client may read this profile's resources (the demo's reader). */
    public boolean anonymousMayRead(Caller caller, String profileId) {
        return caller.loopback() && anonymousReadProfiles.contains(profileId);
    }

    public boolean anyAnonymousReads() {
        return !anonymousReadProfiles.isEmpty();
    }

    private static Set<String> matching(Map<String, TokenHashes> byProfile, byte[] hash) {
        Set<String> found = new HashSet<>();
        byProfile.forEach((profileId, hashes) -> {
            if (hashes.matches(hash)) {
                found.add(profileId);
            }
        });
        return found;
    }

    private static Map<String, TokenHashes> byProfile(Map<String, List<String>> hashes) {
        return hashes.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> TokenHashes.of(e.getValue())));
    }
}
