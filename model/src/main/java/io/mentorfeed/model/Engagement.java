package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Objects;

/**
 * What the reader did with a post. Keyed by profile id on {@code mentorfeed.engagements}, so one reader's actions
 * are processed in order. {@code until} is set only for {@link Kind#SNOOZED}. {@link Kind#STARRED} and
 * {@link Kind#UNSTARRED} are the reader's bookmark (a feed reader's star): they say nothing about the post, so
 * they neither close nor snooze a decision ({@link Kind#isStar()}).
 */
public record Engagement(String id, String profileId, String postId, String mentorId, Kind kind, Instant at,
                         Instant until) {
    public enum Kind {
        COMMENTED, SKIPPED, READ, SNOOZED, STARRED, UNSTARRED;

        /** A star set or taken off: a bookmark, not a verdict on the post. */
        public boolean isStar() {
            return this == STARRED || this == UNSTARRED;
        }

        @JsonValue
        public String wireName() {
            return WireNames.of(this);
        }

        @JsonCreator
        public static Kind fromWire(String value) {
            return WireNames.parse(Kind.class, value);
        }
    }

    public Engagement {
        Objects.requireNonNull(id, "engagement id");
        Ids.requireValid("profile id", profileId);
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (kind == Kind.SNOOZED && until == null) {
            throw new IllegalArgumentException("a snooze needs 'until'");
        }
    }
}
