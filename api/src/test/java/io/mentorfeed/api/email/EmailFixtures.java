package io.mentorfeed.api.email;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A post written to hurt: every trick a feed could play on an email, and the decisions that put it in digests. */
final class EmailFixtures {
    static final String SECRET = "a-test-signing-secret-of-at-least-32-characters";
    static final String HOSTILE_TITLE = "<script>alert('title')</script>Ask me <b>anything</b>";
    static final String HOSTILE_SUMMARY = "<p>Hello <script>alert(1)</script>"
            + "<img src=\"https://tracker.example/p.gif\" width=\"1\" height=\"1\">"
            + "<a href=\"javascript:alert(2)\">click me</a> "
            + "<a href=\"https://kim.example.org/ok\" onclick=\"evil()\">a fine link</a>"
            + "<iframe src=\"https://evil.example/\"></iframe><style>body{display:none}</style>"
            + "<div><b>unclosed <i>tags";

    private EmailFixtures() {}

    static Post hostilePost(String id, Instant published) {
        return new Post(id, "kim", id, HOSTILE_TITLE, "javascript:alert('link')", null, published, null,
                HOSTILE_SUMMARY, "text", "en", 3, List.of(), List.of("career"), List.of(), null, null, 2, List.of(),
                published, 1, "hash-" + id);
    }

    static Recommendation rec(String profileId, String postId, Action action, Instant opensAt) {
        ResponseWindow window = new ResponseWindow(opensAt, opensAt.plus(Duration.ofHours(6)), opensAt.plus(Duration.ofDays(4)));
        return new Recommendation(profileId, postId, "kim", "Kim Lee", "Snapshot title", "https://kim.example.org/x",
                opensAt, action, window, null, 0.9, List.of("The author asks readers <b>a question</b>"),
                List.of("career"), List.of(), opensAt.plusSeconds(60), false);
    }
}
