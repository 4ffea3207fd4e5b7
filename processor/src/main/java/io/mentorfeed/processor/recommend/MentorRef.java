package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;

/** The little the policy needs of a mentor; an unknown mentor is named by its id and treated as a blog. */
public record MentorRef(String id, String name, SourceKind kind) {
    public static MentorRef of(String mentorId, Mentor mentor) {
        return mentor == null ? new MentorRef(mentorId, mentorId, SourceKind.BLOG)
                : new MentorRef(mentor.id(), mentor.name(), mentor.kind());
    }
}
