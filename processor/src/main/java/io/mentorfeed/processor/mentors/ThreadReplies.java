package io.mentorfeed.processor.mentors;

/** One comment thread of a mentor's post as last read: how many other people commented, how often the mentor did. */
public record ThreadReplies(String postId, int commenters, int mentorReplies) {
    /** Replies count up to the number of commenters: ten answers to one reader are still one reader answered. */
    int answered() {
        return Math.min(commenters, mentorReplies);
    }
}
