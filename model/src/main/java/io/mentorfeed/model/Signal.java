package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Something in a post that makes a response worthwhile, with the sentence that showed it. */
public record Signal(Kind kind, String evidence) {
    public enum Kind {
        INVITES_RESPONSE, EVENT, PERSONAL_NEWS, ANNOUNCEMENT;

        @JsonValue
        public String wireName() {
            return WireNames.of(this);
        }

        @JsonCreator
        public static Kind fromWire(String value) {
            return WireNames.parse(Kind.class, value);
        }
    }
}
