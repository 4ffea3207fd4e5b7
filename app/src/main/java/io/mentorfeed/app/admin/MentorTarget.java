package io.mentorfeed.app.admin;

import io.mentorfeed.model.Mentor;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which mentor a command acts on: {@code --mentor ID} or {@code --feed URL} (exactly one; a picocli argument
 * group). A feed URL matches a mentor's feed-url as written, ignoring a trailing slash.
 */
public final class MentorTarget {
    @Option(names = "--mentor", paramLabel = "ID", required = true, description = "the mentor's id")
    String mentorId;

    @Option(names = "--feed", paramLabel = "URL", required = true, description = "the mentor's feed URL")
    String feedUrl;

    public static MentorTarget mentor(String id) {
        MentorTarget target = new MentorTarget();
        target.mentorId = id;
        return target;
    }

    public static MentorTarget feed(String url) {
        MentorTarget target = new MentorTarget();
        target.feedUrl = url;
        return target;
    }

    /** The mentor meant, from the registry as read now; an unknown one is a one-line refusal. */
    public Mentor resolve(Map<String, Mentor> mentors) {
        if (mentorId != null) {
            Mentor mentor = mentors.get(mentorId);
            if (mentor == null) {
                throw new AdminException("no mentor '" + mentorId + "' in the registry (see ./mentorfeed admin feeds)");
            }
            return mentor;
        }
        List<Mentor> matching = mentors.values().stream()
                .filter(m -> normalized(m.feedUrl()).equals(normalized(feedUrl))).toList();
        if (matching.isEmpty()) {
            throw new AdminException("no mentor has the feed " + feedUrl + " (see ./mentorfeed admin feeds)");
        }
        if (matching.size() > 1) {
            throw new AdminException(matching.size() + " mentors have the feed " + feedUrl + " ("
                    + String.join(", ", matching.stream().map(Mentor::id).toList()) + "): use --mentor ID");
        }
        return matching.getFirst();
    }

    private static String normalized(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
