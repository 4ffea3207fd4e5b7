package io.mentorfeed.ingest.parse;

/** The length of an enclosure in bytes, when the feed gives a real one ("0", "unknown" and negatives are none). */
final class Enclosures {
    private Enclosures() {}

    static Long length(String text) {
        if (text == null) {
            return null;
        }
        try {
            long length = Long.parseLong(text.strip());
            return length > 0 ? length : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
