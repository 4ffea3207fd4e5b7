package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;

/** What kind of source a mentor publishes; decides how long a post stays worth a response. */
public enum SourceKind {
    BLOG, VIDEO, PODCAST, NEWSLETTER;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static SourceKind fromWire(String value) {
        return WireNames.parse(SourceKind.class, value);
    }

    /** Default response window when the processor config does not override it. */
    public Duration defaultWindow() {
        return switch (this) {
            case BLOG -> Duration.ofDays(4);
            case NEWSLETTER -> Duration.ofDays(3);
            case PODCAST -> Duration.ofDays(5);
            case VIDEO -> Duration.ofDays(2);
        };
    }
}
