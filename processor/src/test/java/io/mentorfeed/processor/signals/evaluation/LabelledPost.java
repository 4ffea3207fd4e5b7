package io.mentorfeed.processor.signals.evaluation;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One post of the labelled set: what the feed carried, and for every signal whether a person sees it, with why.
 * {@code eventDate} and {@code eventPlace} are given for posts labelled as an event. {@code part} is the file's
 * part of the set: "tuning" or "held-out".
 */
public record LabelledPost(String id, String feed, String style, SourceKind kind, Instant published, String title,
                           String body, Map<Signal.Kind, Label> labels, LocalDate eventDate, String eventPlace,
                           String part) {
    public static final String HELD_OUT = "held-out";
    public static final String TUNING = "tuning";

    /** "yes: reason" or "no: reason". */
    public record Label(boolean present, String reason) {
        static Label parse(String postId, String kind, String text) {
            if (text == null) {
                throw new IllegalArgumentException("post " + postId + ": no label for " + kind);
            }
            int colon = text.indexOf(':');
            String answer = (colon < 0 ? text : text.substring(0, colon)).strip();
            String reason = colon < 0 ? "" : text.substring(colon + 1).strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("post " + postId + ": label " + kind + " has no reason");
            }
            return switch (answer) {
                case "yes" -> new Label(true, reason);
                case "no" -> new Label(false, reason);
                default -> throw new IllegalArgumentException("post " + postId + ": label " + kind
                        + " must start with yes: or no:, was '" + text + "'");
            };
        }
    }

    public LabelledPost {
        labels = Map.copyOf(labels);
    }

    public Label label(Signal.Kind kind) {
        return labels.get(kind);
    }

    /**
     * The post as ingest would publish it: a YouTube description arrives as the entry's summary (plain text), every
     * other style as its HTML content.
     */
    public IngestedEntry toEntry() {
        String link = "https://" + feed + ".example/" + id;
        boolean plainText = style.equals("youtube");
        var entry = new FeedEntry(id, title, link, null, published, null, plainText ? body : null,
                plainText ? null : body, List.of(), null, null, null, List.of(), null);
        return new IngestedEntry(feed, "https://" + feed + ".example/feed", published.plusSeconds(300), null, entry);
    }
}
