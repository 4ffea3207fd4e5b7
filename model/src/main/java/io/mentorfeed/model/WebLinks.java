package io.mentorfeed.model;

/**
 * The one rule for a link readers will click: an absolute http(s) URL. A feed's {@code javascript:} or {@code data:}
 * link must reach no output; the processor applies it to posts, and the API again to everything it renders.
 */
public final class WebLinks {
    private WebLinks() {}

    /**
     * The link, stripped, if it is an absolute http(s) URL (the scheme in any case, then a host, then anything but
     * whitespace); else null. Checked by its shape, not parsed: real feeds carry links with a stray {@code |} or
     * {@code %} that still work. Read by hand rather than by a regular expression: the API checks every link of
     * every answer, and this was most of a digest's cost.
     */
    public static String clickable(String link) {
        if (link == null) {
            return null;
        }
        String stripped = link.strip();
        return isWebLink(stripped) ? stripped : null;
    }

    /** Same as {@code (?i)https?://[^/?#\s]+(?:[/?#]\S*)?} on the whole text, {@code \s} as in Java's patterns. */
    static boolean isWebLink(String text) {
        int rest = schemeEnd(text);
        if (rest < 0 || rest == text.length()) {
            return false;
        }
        char first = text.charAt(rest);
        if (first == '/' || first == '?' || first == '#') {
            return false; // no host
        }
        for (int i = rest; i < text.length(); i++) {
            if (isPatternSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the host starts after "http://" or "https://" (ASCII letters in any case), or -1. */
    private static int schemeEnd(String text) {
        if (!asciiLetters(text, 0, "http")) {
            return -1;
        }
        int at = 4;
        if (text.length() > at && (text.charAt(at) | 0x20) == 's') {
            at++;
        }
        return text.startsWith("://", at) ? at + 3 : -1;
    }

    private static boolean asciiLetters(String text, int from, String lowerCase) {
        if (text.length() < from + lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if ((text.charAt(from + i) | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
