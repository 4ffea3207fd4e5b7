package io.mentorfeed.ingest;

/**
 * Text that came from outside (a feed's error, an entry id, a hub's query) made safe for one key="value" log line:
 * no double quote to close the value early, no control character to start a forged line.
 */
public final class LogValues {
    private static final int BRIEF = 200;

    private LogValues() {}

    public static String quotable(String text) {
        return text == null ? "" : text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }

    /** As {@link #quotable}, cut to 200 characters: for values a stranger chooses the length of. */
    public static String quotableBrief(String text) {
        String clean = quotable(text);
        return clean.length() > BRIEF ? clean.substring(0, BRIEF) + "..." : clean;
    }
}
