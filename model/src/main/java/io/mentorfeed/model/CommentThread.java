package io.mentorfeed.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest read in one post's comments feed (wfw:commentRss), keyed by mentor id on {@code mentorfeed.comments}
 * so that it meets the mentor's habits where the mentor's entries are processed. {@code comments} counts every
 * comment in the feed, {@code mentorReplies} those written by the mentor, {@code commenters} the distinct other
 * people who commented. A thread fetched again is published again with its newer counts; the latest one counts.
 */
public record CommentThread(String mentorId, String postId, String entryId, String commentsFeedUrl, Instant fetchedAt,
                            int comments, int mentorReplies, int commenters) {
    public CommentThread {
        Ids.requireValid("mentor id", mentorId);
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (comments < 0 || mentorReplies < 0 || commenters < 0 || mentorReplies > comments
                || commenters > comments - mentorReplies) {
            throw new IllegalArgumentException("inconsistent counts comments=" + comments + " mentorReplies="
                    + mentorReplies + " commenters=" + commenters);
        }
    }
}
