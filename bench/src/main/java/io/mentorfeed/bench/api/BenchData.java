package io.mentorfeed.bench.api;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/** One reader following 20 mentors, with {@code posts} recommended posts over the last week, all action kinds. */
final class BenchData {
    static final String PROFILE = "reader";
    private static final int MENTORS = 20;
    private static final Action[] ACTIONS = {Action.RESPOND_NOW, Action.READ, Action.RESPOND_LATER, Action.READ};

    private BenchData() {}

    static void fill(MaterializedView view, int posts) {
        List<String> mentors = IntStream.range(0, MENTORS).mapToObj(i -> "mentor-" + i).toList();
        view.putProfile(PROFILE, new Profile(PROFILE, "Reader", null, ZoneId.of("Europe/Paris"), 7,
                List.of("career", "writing"), mentors));
        mentors.forEach(id -> view.putMentor(id, new Mentor(id, "Mentor " + id, "https://" + id + ".example.org/feed",
                SourceKind.BLOG)));
        Instant now = Instant.now();
        for (int i = 0; i < posts; i++) {
            String mentorId = mentors.get(i % MENTORS);
            String postId = Ids.postId(mentorId, "entry-" + i);
            Instant published = now.minus(Duration.ofMinutes(20L * i));
            view.putPost(postId, new Post(postId, mentorId, "entry-" + i, "A post about careers, number " + i,
                    "https://" + mentorId + ".example.org/" + i, "Author", published, null, "A summary.", "Text.", "en",
                    4, List.of("career"), List.of("career"), List.of(), null, null, 3, List.of(), published, 1, "h"));
            Action action = ACTIONS[i % ACTIONS.length];
            List<Signal> signals = i % 7 == 0 ? List.of(new Signal(Signal.Kind.EVENT, "join me on stage"))
                    : List.of();
            view.putRecommendation(PROFILE + "/" + postId, new Recommendation(PROFILE, postId, mentorId,
                    "Mentor " + mentorId, "A post about careers, number " + i, "https://" + mentorId + ".example.org/"
                    + i, published, action, new ResponseWindow(published, published.plus(Duration.ofHours(6)),
                    published.plus(Duration.ofDays(4))), action == Action.RESPOND_LATER
                    ? published.plus(Duration.ofHours(12)) : null, 0.3 + (i % 10) / 20.0,
                    List.of("Matches your interest in careers", "The author asks readers a question"),
                    List.of("career"), signals, published, false));
        }
    }
}
