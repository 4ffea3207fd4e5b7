package io.mentorfeed.processor.mentors;

/**
 * A mentor's habit of answering commenters, over the recent threads that had commenters: how many such threads,
 * and the share of their commenters the mentor answered (0 when the mentor never replied).
 */
public record ReplyHabit(int threads, double replyRate) {
    public boolean repliesToMost(CommentReplyRules rules) {
        return threads >= rules.minThreads() && replyRate >= rules.repliesToMost();
    }

    public boolean neverReplies(CommentReplyRules rules) {
        return threads >= rules.minThreads() && replyRate == 0;
    }
}
