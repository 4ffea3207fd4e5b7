package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.processor.mentors.MentorHabits;
import io.mentorfeed.processor.mentors.ReplyHabit;
import java.time.Instant;
import java.util.List;

/**
 * One post offered to one reader, keyed by profile id on the candidates repartition topic: what the per-profile
 * decider needs of the post (never its full text), with the reader's interests it matches already worked out, and
 * what is known of the mentor's habits (usual comment count, publishing rhythm, and over how many recent comment
 * threads with commenters, what share of the commenters they answered; null when no thread was read).
 */
public record Candidate(String profileId, String postId, String mentorId, String mentorName, SourceKind kind,
                        String title, String link, Instant published, List<Signal> signals, List<String> tags,
                        List<String> matchedInterests, Integer commentCount, int revision,
                        Integer typicalComments, String rhythm, Integer replyThreads, Double replyRate) {
    public Candidate {
        signals = signals == null ? List.of() : List.copyOf(signals);
        tags = tags == null ? List.of() : List.copyOf(tags);
        matchedInterests = matchedInterests == null ? List.of() : List.copyOf(matchedInterests);
    }

    public static Candidate of(String profileId, Post post, MentorRef mentor, List<String> matchedInterests,
                               MentorHabits habits) {
        ReplyHabit replies = habits == null || habits.replies().threads() == 0 ? null : habits.replies();
        return new Candidate(profileId, post.id(), post.mentorId(), mentor.name(), mentor.kind(), post.title(),
                post.link(), post.publishedOrSeen(), post.signals(), post.tags(), matchedInterests,
                post.commentCount(), post.revision(), habits == null ? null : habits.typicalComments(),
                habits == null ? null : habits.rhythm(), replies == null ? null : replies.threads(),
                replies == null ? null : replies.replyRate());
    }

    /** The mentor's reply habit as it was when the post was offered; none while no thread had commenters. */
    public ReplyHabit replyHabit() {
        return replyThreads == null || replyRate == null ? new ReplyHabit(0, 0) : new ReplyHabit(replyThreads, replyRate);
    }
}
