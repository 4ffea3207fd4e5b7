package io.mentorfeed.api.email;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes feed content safe to place in an email: OWASP's sanitizer keeps formatting, blocks and http(s) links
 * (rel=nofollow noopener), and drops everything else: scripts, styles, event handlers, forms, iframes, and images
 * (a remote image in an email is a tracking pixel). Broken HTML comes out balanced.
 */
public final class FeedHtml {
    /** Longest input taken from a summary: the digest shows a taste of the post, not the post. */
    static final int MAX_INPUT_CHARS = 1_500;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private FeedHtml() {}

    /** Safe HTML for {@code html}, or "" for null. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String input = html.length() > MAX_INPUT_CHARS ? html.substring(0, MAX_INPUT_CHARS) + "…" : html;
        return POLICY.sanitize(input).strip();
    }


    /** One line of plain text: control characters and line breaks (header injection) become spaces. */
    public static String oneLine(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll("\\s+", " ").strip();
        return line.length() > maxChars ? line.substring(0, maxChars - 1) + "…" : line;
    }
}
