package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether ingest fetches the page of a mentor's post to read its full text: {@code AUTO} when the feed carries only
 * an excerpt (short, ends with an ellipsis or a "read more" link), {@code ALWAYS} for every new entry, {@code NEVER}.
 */
public enum FullTextMode {
    AUTO, ALWAYS, NEVER;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static FullTextMode fromWire(String value) {
        return WireNames.parse(FullTextMode.class, value);
    }
}
