package io.mentorfeed.processor.mentors;

/**
 * When a mentor's habit of answering commenters becomes a reason. Over the mentor's {@code recentThreads} latest
 * comment threads that had other people's comments, the mentor "replies to most commenters" when their replies
 * cover at least {@code repliesToMost} of those commenters, and "does not reply" when they never replied; both
 * only once {@code minThreads} such threads were seen. Replying mentors give a respond decision {@code bonus}.
 */
public record CommentReplyRules(double repliesToMost, int minThreads, int recentThreads, double bonus) {
    public CommentReplyRules {
        if (repliesToMost <= 0 || repliesToMost > 1) {
            throw new IllegalArgumentException("repliesToMost must be above 0 and at most 1, was " + repliesToMost);
        }
        if (minThreads < 1) {
            throw new IllegalArgumentException("minThreads must be at least 1, was " + minThreads);
        }
        if (recentThreads < minThreads) {
            throw new IllegalArgumentException("recentThreads " + recentThreads + " must not be below minThreads "
                    + minThreads);
        }
        if (bonus < 0 || bonus > 1) {
            throw new IllegalArgumentException("bonus must be between 0 and 1, was " + bonus);
        }
    }

    /** Half the commenters answered, over at least three threads of the last twenty: a mentor who talks back. */
    public static CommentReplyRules defaults() {
        return new CommentReplyRules(0.5, 3, 20, 0.1);
    }
}
