package io.mentorfeed.ingest.websub;

/** Text that came from outside (a hub's query, an error message) made safe for one key="value" log line. */
final class LogValues {
    private static final int LONGEST = 200;

    private LogValues() {}

    static String quotable(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
        return clean.length() > LONGEST ? clean.substring(0, LONGEST) + "..." : clean;
    }
}
