package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The processor's decision for one profile and one post, with the reasons in plain words.
 * Keyed by {@link #key()} on {@code mentorfeed.recommendations} (compacted); a later record for the same key
 * replaces the decision, and {@code closed} marks one the reader acted upon.
 */
public record Recommendation(String profileId, String postId, String mentorId, String mentorName, String title,
                             String link, Instant published, Action action, ResponseWindow window,
                             Instant eligibleAt, double score, List<String> reasons, List<String> tags,
                             List<Signal> signals, Instant decidedAt, boolean closed) {
    public Recommendation {
        Ids.requireValid("profile id", profileId);
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        tags = tags == null ? List.of() : List.copyOf(tags);
        signals = signals == null ? List.of() : List.copyOf(signals);
        if (action == Action.RESPOND_LATER && eligibleAt == null) {
            throw new IllegalArgumentException("respond-later needs eligibleAt");
        }
    }

    public String key() {
        return key(profileId, postId);
    }

    public static String key(String profileId, String postId) {
        return profileId + "/" + postId;
    }
}
