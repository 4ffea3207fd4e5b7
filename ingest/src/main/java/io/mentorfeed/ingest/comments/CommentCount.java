package io.mentorfeed.ingest.comments;

import io.mentorfeed.model.FeedEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counts of one comments feed: every comment, the mentor's own ones (see {@link MentorNames}), and the distinct
 * other people who commented. A comment with no author is one more commenter: nobody can tell two of them apart.
 */
public record CommentCount(int comments, int mentorReplies, int commenters) {

    public static CommentCount of(List<FeedEntry> comments, MentorNames mentor) {
        int replies = 0;
        int anonymous = 0;
        Set<String> people = new HashSet<>();
        for (FeedEntry comment : comments) {
            if (mentor.isMentor(comment.author())) {
                replies++;
            } else if (MentorNames.normalize(comment.author()).isEmpty()) {
                anonymous++;
            } else {
                people.add(MentorNames.normalize(comment.author()));
            }
        }
        return new CommentCount(comments.size(), replies, people.size() + anonymous);
    }
}
