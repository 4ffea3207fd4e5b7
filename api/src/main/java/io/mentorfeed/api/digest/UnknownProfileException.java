package io.mentorfeed.api.digest;

/** Asked for a profile the read model does not hold (never created, deleted, or not caught up yet). */
public final class UnknownProfileException extends RuntimeException {
    private final String profileId;

    public UnknownProfileException(String profileId) {
        super("No profile '" + profileId + "'");
        this.profileId = profileId;
    }

    public String profileId() {
        return profileId;
    }
}
