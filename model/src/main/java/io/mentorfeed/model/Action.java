package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the reader should do with a post. */
public enum Action {
    RESPOND_NOW, RESPOND_LATER, READ, SKIP;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static Action fromWire(String value) {
        return WireNames.parse(Action.class, value);
    }
}
