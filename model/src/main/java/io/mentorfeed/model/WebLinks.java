package io.mentorfeed.model;

import java.util.regex.Pattern;

/**
 * The one rule for a link readers will click: an absolute http(s) URL. A feed's {@code javascript:} or {@code data:}
 * link must reach no output; the processor applies it to posts, and the API again to everything it renders.
 */
public final class WebLinks {
    /** http or https, a host, then anything but whitespace. */
    private static final Pattern WEB_LINK = Pattern.compile("(?i)https?://[^/?#\\s]+(?:[/?#]\\S*)?");

    private WebLinks() {}

    /**
     * The link, stripped, if it is an absolute http(s) URL; else null. Checked by its shape, not parsed: real feeds
     * carry links with a stray {@code |} or {@code %} that still work.
     */
    public static String clickable(String link) {
        return link != null && WEB_LINK.matcher(link.strip()).matches() ? link.strip() : null;
    }
}
