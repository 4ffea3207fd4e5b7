package io.mentorfeed.api.greader;

import io.mentorfeed.api.digest.DigestItem;
import io.mentorfeed.api.readinglist.ReadingListItem;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of the reader's list as a Google Reader client sees it: its 63-bit id, read (anything but unread: done,
 * or snoozed for now), starred, and labelled with what mentorfeed says of it: {@code respond-now},
 * {@code respond-later} (the action), {@code events}, {@code personal-news} (the signals).
 */
public record ReaderItem(long id, ReadingListItem listed, Recommendation recommendation) {
    public static final List<String> LABELS = List.of("respond-now", "respond-later", "events", "personal-news");

    public DigestItem item() {
        return listed.item();
    }

    public boolean read() {
        return !listed.unread();
    }

    public boolean starred() {
        return listed.starred();
    }

    public String mentorId() {
        return item().mentor().id();
    }

    public List<String> labels() {
        List<String> labels = new ArrayList<>(2);
        if (item().action() == Action.RESPOND_NOW) {
            labels.add("respond-now");
        } else if (item().action() == Action.RESPOND_LATER) {
            labels.add("respond-later");
        }
        if (has(Signal.Kind.EVENT)) {
            labels.add("events");
        }
        if (has(Signal.Kind.PERSONAL_NEWS)) {
            labels.add("personal-news");
        }
        return labels;
    }

    /** Whether this item is in the stream (or has the state, or the label) {@code stream} names. */
    public boolean in(StreamId stream) {
        return switch (stream.kind()) {
            case READING_LIST -> true;
            case FEED -> stream.value().equals(mentorId());
            case LABEL -> labels().contains(stream.value());
            case STATE -> switch (stream.value()) {
                case "read" -> read();
                case "starred" -> starred();
                case "unread", "kept-unread", "fresh" -> !read();
                default -> false;
            };
        };
    }

    private boolean has(Signal.Kind kind) {
        return recommendation != null && recommendation.signals().stream().anyMatch(s -> s.kind() == kind);
    }
}
