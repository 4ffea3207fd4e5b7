package io.mentorfeed.ingest.parse;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Cleans feed text: entities left over after XML parsing are decoded (feeds often double-escape), space trimmed. */
final class Texts {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    private Texts() {}

    /** A plain-text field (title, author, category): entities decoded, whitespace collapsed; null when blank. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        // Non-breaking spaces count as spaces: feeds use &nbsp; as padding.
        String collapsed = WHITESPACE.matcher(decoded).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** A person as RSS writes them ("ada@example.org (Ada Marsh)"): the name when there is one. */
    static String person(String text) {
        String cleaned = plain(text);
        if (cleaned == null) {
            return null;
        }
        var matcher = EMAIL_WITH_NAME.matcher(cleaned);
        return matcher.matches() ? matcher.group(1).strip() : cleaned;
    }

    /** An HTML field (content, summary): kept as markup, only trimmed; null when blank. */
    static String html(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
