package io.mentorfeed.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The processor's decision for one profile and one post, with the reasons in plain words.
 * Keyed by {@link #key()} on {@code mentorfeed.recommendations} (compacted); a later record for the same key
 * replaces the decision, and {@code closed} marks one the reader acted upon. {@code eventDate} and
 * {@code eventPlace} are those of the upcoming event the post mentions (null when none, or not said); the window of
 * such a post stays open until the event. Records written before they existed read back with both null.
 */
public record Recommendation(String profileId, String postId, String mentorId, String mentorName, String title,
                             String link, Instant published, Action action, ResponseWindow window,
                             Instant eligibleAt, double score, List<String> reasons, List<String> tags,
                             List<Signal> signals, Instant decidedAt, boolean closed, LocalDate eventDate,
                             String eventPlace) {
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

    /** A decision about a post that mentions no event. */
    public Recommendation(String profileId, String postId, String mentorId, String mentorName, String title,
                          String link, Instant published, Action action, ResponseWindow window, Instant eligibleAt,
                          double score, List<String> reasons, List<String> tags, List<Signal> signals,
                          Instant decidedAt, boolean closed) {
        this(profileId, postId, mentorId, mentorName, title, link, published, action, window, eligibleAt, score,
                reasons, tags, signals, decidedAt, closed, null, null);
    }

    public String key() {
        return key(profileId, postId);
    }

    public static String key(String profileId, String postId) {
        return profileId + "/" + postId;
    }
}
