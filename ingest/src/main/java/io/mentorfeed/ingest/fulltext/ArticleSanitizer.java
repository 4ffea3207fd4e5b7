package io.mentorfeed.ingest.fulltext;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes an article read from someone else's page safe to carry and show: jsoup's cleaner with the "relaxed"
 * safelist (text structure, links, images, tables; no script, style, form, frame, event handler or javascript: URL),
 * links and images made absolute against the page's address.
 */
final class ArticleSanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** Thread-safe: the safelist is only read; output settings are made per call, as they hold an encoder. */
    String sanitize(String html, String pageUrl) {
        return Jsoup.clean(html, pageUrl, SAFELIST, new Document.OutputSettings().prettyPrint(false)).strip();
    }
}
