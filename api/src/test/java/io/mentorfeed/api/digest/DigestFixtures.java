package io.mentorfeed.api.digest;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Builds the profiles, mentors and recommendations the digest tests put in an in-memory view. */
public final class DigestFixtures {
    public static final Duration OPEN_FOR = Duration.ofDays(4);

    private DigestFixtures() {}

    public static Profile profile(String id, String zone) {
        return new Profile(id, null, id + "@example.org", ZoneId.of(zone), 7, List.of("career"), List.of());
    }

    public static Mentor mentor(String id, String name) {
        return new Mentor(id, name, "https://" + id + ".example.org/feed.xml", SourceKind.BLOG);
    }

    public static Recommendation rec(String profileId, String postId, String mentorId, Action action, Instant opensAt,
                              double score, Signal.Kind... signals) {
        return rec(profileId, postId, mentorId, action, opensAt, score, false, signals);
    }

    public static Recommendation rec(String profileId, String postId, String mentorId, Action action, Instant opensAt,
                              double score, boolean closed, Signal.Kind... signals) {
        ResponseWindow window = new ResponseWindow(opensAt, opensAt.plus(Duration.ofHours(6)), opensAt.plus(OPEN_FOR));
        Instant eligibleAt = action == Action.RESPOND_LATER ? opensAt.plus(Duration.ofHours(20)) : null;
        List<Signal> signalList = Arrays.stream(signals).map(kind -> new Signal(kind, "evidence of " + kind)).toList();
        return new Recommendation(profileId, postId, mentorId, "Mentor " + mentorId, "Title of " + postId,
                "https://" + mentorId + ".example.org/" + postId, opensAt, action, window, eligibleAt, score,
                List.of("reason for " + postId), List.of("career"), signalList, opensAt.plusSeconds(60), closed);
    }

    public static void put(MaterializedView view, Recommendation... recommendations) {
        for (Recommendation recommendation : recommendations) {
            view.putRecommendation(recommendation.key(), recommendation);
        }
    }
}
