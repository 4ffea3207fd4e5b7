package io.mentorfeed.api.email;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signed link in a digest email asks for: an engagement on a post, or to stop the emails.
 *
 * @param kind      {@code commented}, {@code skipped}, {@code snoozed} (engagement kinds) or {@code unsubscribe}
 * @param postId    the post, or null for unsubscribe
 * @param expiresAt after this instant the link is refused
 */
public record EmailAction(String profileId, String kind, String postId, Instant expiresAt) {
    public static final String UNSUBSCRIBE = "unsubscribe";

    public EmailAction {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean unsubscribe() {
        return UNSUBSCRIBE.equals(kind);
    }
}
