package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something in a post that makes a response worthwhile, with the sentence that showed it. An event also carries its
 * date and place when the sentence gives them (null otherwise; always null for the other kinds). Records written
 * before events had them read back with both null.
 */
public record Signal(Kind kind, String evidence, LocalDate date, String place) {
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

    public Signal {
        Objects.requireNonNull(kind, "kind");
    }

    /** A signal without a date or place. */
    public Signal(Kind kind, String evidence) {
        this(kind, evidence, null, null);
    }
}
