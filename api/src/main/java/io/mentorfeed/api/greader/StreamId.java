package io.mentorfeed.api.greader;

import io.mentorfeed.api.Rejection;
import java.util.List;

/**
 * A Google Reader stream or tag id: the reading list, a state (read, starred, ...), a subscription
 * ({@code feed/<mentor id>}) or a label ({@code user/-/label/<name>}). The user part of {@code user/<user>/...} is
 * ignored: a client may write its user id or {@code -}, and the authenticated reader is the only user it can mean.
 */
public record StreamId(Kind kind, String value) {
    public enum Kind { READING_LIST, STATE, FEED, LABEL }

    public static final String READING_LIST = "user/-/state/com.google/reading-list";
    public static final String STATE_PREFIX = "user/-/state/com.google/";
    public static final String LABEL_PREFIX = "user/-/label/";
    public static final String FEED_PREFIX = "feed/";

    /** States clients send; only read and starred mean something here (the others are accepted and ignored). */
    static final List<String> STATES = List.of("read", "starred", "kept-unread", "tracking-kept-unread", "fresh",
            "broadcast", "broadcast-friends", "like", "unread");

    public static StreamId parse(String text) {
        String id = text == null ? "" : text.strip();
        if (id.startsWith(FEED_PREFIX) && id.length() > FEED_PREFIX.length()) {
            return new StreamId(Kind.FEED, id.substring(FEED_PREFIX.length()));
        }
        if (id.startsWith("user/")) {
            String[] parts = id.split("/", 4);
            if (parts.length == 4 && parts[2].equals("state") && parts[3].startsWith("com.google/")) {
                String state = parts[3].substring("com.google/".length());
                if (state.equals("reading-list")) {
                    return new StreamId(Kind.READING_LIST, "");
                }
                if (STATES.contains(state)) {
                    return new StreamId(Kind.STATE, state);
                }
            }
            if (parts.length == 4 && parts[2].equals("label") && !parts[3].isEmpty()) {
                return new StreamId(Kind.LABEL, parts[3]);
            }
        }
        throw Rejection.invalid("Stream '" + (id.length() > 100 ? id.substring(0, 100) + "..." : id) + "' is none of "
                + READING_LIST + ", " + STATE_PREFIX + "{read,starred}, " + FEED_PREFIX + "<mentor id>, "
                + LABEL_PREFIX + "<label>");
    }

    public boolean isState(String state) {
        return kind == Kind.STATE && value.equals(state);
    }

    /** The id in the client's own form ({@code user/-/...}). */
    public String id() {
        return switch (kind) {
            case READING_LIST -> READING_LIST;
            case STATE -> STATE_PREFIX + value;
            case FEED -> FEED_PREFIX + value;
            case LABEL -> LABEL_PREFIX + value;
        };
    }
}
