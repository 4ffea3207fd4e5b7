package io.mentorfeed.ingest.parse;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The rules for text fields: entities left over after XML parsing decoded (feeds often double-escape), markup taken
 * out of plain-text fields, space trimmed, control characters dropped, and lengths capped so that one entry always
 * fits a Kafka record (1 MiB by default) however big the feed made a field: a longer one is cut and ends with "…".
 */
final class Texts {
    /** Titles, names, categories: longer is not a title any more. */
    static final int MAX_PLAIN_CHARS = 2_000;
    /** Multi-line plain text (media descriptions, podcast summaries). */
    static final int MAX_MULTILINE_CHARS = 8_000;
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
    static final int MAX_PEOPLE = 20;

    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\u00a0\\x0B\\f]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+");
    /** An end tag or a tag of the elements titles carry: a title with one is markup, not "x &lt; y" text. */
    private static final Pattern MARKUP = Pattern.compile(
            "</[a-zA-Z][a-zA-Z0-9]*\\s*>|<(?:br|img|hr|p|b|i|em|strong|span|a|div|script|style)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    private Texts() {}

    /** A plain-text field (title, author, category): entities decoded, whitespace collapsed; null when blank. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        if (isCleanLine(text)) {
            return text.isEmpty() ? null : text; // nearly every title and name: nothing to decode or collapse
        }
        // Cut first (generously: entities and spaces shrink), so a megabyte title costs no more than a short one.
        String head = prefix(text, 4 * MAX_PLAIN_CHARS);
        String decoded = head.indexOf('&') >= 0 ? Parser.unescapeEntities(head, false) : head;
        // Non-breaking spaces count as spaces: feeds use &nbsp; as padding.
        String collapsed = SPACES.matcher(withoutControls(decoded)).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : capped(collapsed, MAX_PLAIN_CHARS);
    }

    /** Plain text that may be markup (an RSS title, a Dublin Core creator): its text when it looks like HTML. */
    static String plainGuessingMarkup(String text) {
        if (text == null) {
            return null;
        }
        return plain(text.indexOf('<') >= 0 && MARKUP.matcher(text).find() ? htmlToText(text) : text);
    }

    /** Plain text whose line breaks mean something (a video description): spaces collapsed within lines. */
    static String multiline(String text) {
        if (text == null) {
            return null;
        }
        String head = prefix(text, 2 * MAX_MULTILINE_CHARS).replace("\r\n", "\n").replace('\r', '\n');
        String decoded = head.indexOf('&') >= 0 ? Parser.unescapeEntities(head, false) : head;
        String lines = LINE_SPACES.matcher(withoutControls(decoded)).replaceAll(" ");
        String joined = BLANK_LINES.matcher(lines.replace(" \n", "\n").replace("\n ", "\n")).replaceAll("\n\n")
                .strip();
        return joined.isEmpty() ? null : capped(joined, MAX_MULTILINE_CHARS);
    }

    /** The text a browser would show for an HTML fragment, on one line. */
    static String htmlToText(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        return Jsoup.parseBodyFragment(prefix(html, 4 * MAX_PLAIN_CHARS)).body().text();
    }

    /** A category or tag: plain text, shorter still. */
    static String category(String text) {
        String plain = plainGuessingMarkup(text);
        return plain == null ? null : capped(plain, MAX_CATEGORY_CHARS);
    }

    /** HTML or text about to be sanitized or escaped: controls out, cut to the cap, trimmed; null when blank. */
    static String htmlInput(String text) {
        if (text == null) {
            return null;
        }
        String stripped = withoutControls(prefix(text, MAX_HTML_CHARS)).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Sanitized HTML: trimmed, null when nothing is left; longer than the cap only by what escaping added. */
    static String htmlOutput(String html) {
        String stripped = html == null ? "" : html.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** An id as given, or "sha256:" and its hash when it is too long to keep. */
    static String id(String text) {
        if (text == null) {
            return null;
        }
        String id = withoutControls(prefix(text, 4 * MAX_ID_CHARS)).strip();
        if (id.isEmpty()) {
            return null;
        }
        return id.length() <= MAX_ID_CHARS && text.length() <= 4 * MAX_ID_CHARS ? id
                : "sha256:" + io.mentorfeed.model.Ids.sha256Hex(text.strip()).substring(0, 32);
    }

    /** Short, with no entity, control, line break, padding, non-breaking space or double space. */
    private static boolean isCleanLine(String text) {
        int length = text.length();
        if (length > MAX_PLAIN_CHARS || length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '&' || c == '\u00a0' || c >= 0x7f && c <= 0x9f || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** C0 controls but tab, line feed and carriage return, DEL and C1 controls: never text, and NUL breaks tools. */
    static String withoutControls(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f;
    }

    static String capped(String text, int maxChars) {
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
