package io.mentorfeed.ingest.parse;

/**
 * Decides whether a document's DOCTYPE may be read. Only the prolog is looked at (what comes before the root
 * element), so "&lt;!DOCTYPE" written inside a CDATA section or as text is text. A DOCTYPE with an internal subset
 * ("[ ... ]", where entities are declared: entity bombs, external entities that read files) is refused; a
 * DOCTYPE that only names a DTD is allowed, and the parser never fetches the DTD.
 */
final class Doctypes {
    static final String REFUSED = "refused: the document declares a DOCTYPE with its own declarations "
            + "(entity expansion and external entities are not allowed)";

    private Doctypes() {}

    /** Why {@code text} must not be parsed, or null when its prolog is harmless. */
    static String refusal(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '<') {
                i++; // whitespace, a BOM, or junk the healer may mend
                continue;
            }
            if (text.startsWith("<?", i)) {
                i = skipPast(text, i + 2, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i + 4, "-->");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return hasInternalSubset(text, i + 9) ? REFUSED : null;
            } else {
                return null; // the root element: the prolog is over
            }
        }
        return null;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    /** True when a '[' opens before the DOCTYPE's closing '>', outside quoted identifiers. */
    private static boolean hasInternalSubset(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return true;
            } else if (c == '>') {
                return false;
            }
        }
        return true; // an unterminated DOCTYPE is not worth the risk
    }
}
