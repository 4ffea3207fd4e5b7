package io.mentorfeed.api.digest;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.ResponseWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One post in a digest section, with the decision and its reasons as the processor gave them, and the day and place
 * of the upcoming event it mentions (null when none).
 */
public record DigestItem(String postId, MentorRef mentor, String title, String link, Instant published, Action action,
                         ResponseWindow window, Instant eligibleAt, double score, List<String> reasons,
                         List<String> tags, LocalDate eventDate, String eventPlace) {
    public DigestItem {
        reasons = List.copyOf(reasons);
        tags = List.copyOf(tags);
    }

    /** An item of a post that mentions no event. */
    public DigestItem(String postId, MentorRef mentor, String title, String link, Instant published, Action action,
                      ResponseWindow window, Instant eligibleAt, double score, List<String> reasons,
                      List<String> tags) {
        this(postId, mentor, title, link, published, action, window, eligibleAt, score, reasons, tags, null, null);
    }

    /** The mentor as a digest shows it: enough to link and to name. */
    public record MentorRef(String id, String name) {
    }
}
