package io.mentorfeed.api.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Feed text as the page and feed readers show it. Posts carry plain text only (the processor extracts it from the
 * feed's HTML), and every template escapes every value and places nothing raw: markup in a title or a summary is
 * shown as the characters it is made of, never run. This class only shapes the text: one line, or paragraphs.
 */
public final class PlainText {
    private PlainText() {}

    /** One line: control characters and line breaks become spaces, then cut to {@code maxChars} ("…" marks a cut). */
    public static String oneLine(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll("\\s+", " ").strip();
        return line.length() > maxChars ? line.substring(0, maxChars - 1) + "…" : line;
    }

    /** Paragraphs split at blank lines, each on one line, at most {@code maxChars} in all. */
    public static List<String> paragraphs(String text, int maxChars) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        int left = maxChars;
        for (String block : text.split("\\n\\s*\\n")) {
            String line = oneLine(block, Math.max(left, 2));
            if (line.isEmpty()) {
                continue;
            }
            paragraphs.add(line);
            left -= line.length();
            if (left <= 1) {
                break;
            }
        }
        return paragraphs;
    }

    /**
     * The least of {@code text} that {@link #paragraphs} needs for the same paragraphs with {@code maxChars}: the
     * paragraphs it would show, one line each, the last one cut a little after where it would cut it, so that
     * shaping the result again cuts at the same place and adds the same "…". No "…" is added here (one such
     * character would make the whole kept text take two bytes a character). What a view keeps of a long text.
     */
    public static String paragraphsKept(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int left = maxChars;
        for (String block : text.split("\\n\\s*\\n")) {
            String whole = oneLine(block, Integer.MAX_VALUE);
            if (whole.isEmpty()) {
                continue;
            }
            int room = Math.max(left, 2);
            // Two past the room: after a trailing space is stripped, still longer than the room, so cut again.
            kept.append(kept.isEmpty() ? "" : "\n\n").append(whole.length() > room ? whole.substring(0,
                    Math.min(whole.length(), room + 2)) : whole);
            left -= Math.min(whole.length(), room);
            if (left <= 1) {
                break;
            }
        }
        return kept.toString();
    }
}
