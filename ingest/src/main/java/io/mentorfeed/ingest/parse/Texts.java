package io.mentorfeed.ingest.parse;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans feed text: entities left over after XML parsing are decoded (feeds often double-escape), space trimmed,
 * control characters dropped, and lengths capped so that one entry always fits a Kafka record (1 MiB by default)
 * however big the feed made a field: a longer one is cut and ends with "…".
 */
final class Texts {
    /** Titles, names, categories: longer is not a title any more. */
    static final int MAX_PLAIN_CHARS = 2_000;
    /**
     * Summary and content each: a long article is a few dozen KiB of HTML. Both at the cap, in 3-byte characters, are
     * under 600 KB of JSON, which leaves room for the rest of the entry and for escaping.
     */
    static final int MAX_HTML_CHARS = 96 * 1024;
    /** Ids longer than this are replaced by their hash: a stable id, and a feed state that stays small. */
    static final int MAX_ID_CHARS = 512;
    /** Categories (tags) of one entry, each at most {@link #MAX_CATEGORY_CHARS}; enclosures of one entry. */
    static final int MAX_CATEGORIES = 50;
    static final int MAX_CATEGORY_CHARS = 200;
    static final int MAX_ENCLOSURES = 20;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");
    /** C0 controls but tab, line feed and carriage return, DEL and C1 controls: never text, and NUL breaks tools. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]+");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    private Texts() {}

    /** A plain-text field (title, author, category): entities decoded, whitespace collapsed; null when blank. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        // Cut first (generously: entities and spaces shrink), so a megabyte title costs no more than a short one.
        String head = prefix(text, 4 * MAX_PLAIN_CHARS);
        String decoded = head.indexOf('&') >= 0 ? Parser.unescapeEntities(head, false) : head;
        // Non-breaking spaces count as spaces: feeds use &nbsp; as padding.
        String collapsed = WHITESPACE.matcher(CONTROL.matcher(decoded).replaceAll("")).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : capped(collapsed, MAX_PLAIN_CHARS);
    }

    /** A category or tag: plain text, shorter still. */
    static String category(String text) {
        String plain = plain(text);
        return plain == null ? null : capped(plain, MAX_CATEGORY_CHARS);
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
        String stripped = CONTROL.matcher(prefix(text, 2 * MAX_HTML_CHARS)).replaceAll("").strip();
        return stripped.isEmpty() ? null : capped(stripped, MAX_HTML_CHARS);
    }

    /** An id as given, or "sha256:" and its hash when it is too long to keep. */
    static String id(String text) {
        String id = html(text);
        return id == null || id.length() <= MAX_ID_CHARS ? id
                : "sha256:" + io.mentorfeed.model.Ids.sha256Hex(text.strip()).substring(0, 32);
    }

    private static String capped(String text, int maxChars) {
        return text.length() <= maxChars ? text : prefix(text, maxChars) + "…";
    }

    private static String prefix(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars);
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
