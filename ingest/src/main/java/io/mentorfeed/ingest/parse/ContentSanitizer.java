package io.mentorfeed.ingest.parse;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Makes feed HTML safe to carry and show anywhere, with OWASP's sanitizer, and makes its links absolute.
 *
 * <p>Kept, as feed readers keep them: text structure (paragraphs, headings, lists, quotes, code, tables, figures,
 * details), inline formatting, links (http, https, mailto), images (with srcset), audio and video with their
 * sources and tracks, iframes of the video and audio players readers embed (YouTube, Vimeo, SoundCloud, Spotify,
 * Apple Podcasts), and class and id names (the processor reads "share", "author-bio", "related" in them; every
 * output sanitizes again for its own medium). Dropped: scripts and styles with their text, event handlers, style
 * attributes, forms and their controls, objects, embeds, SVG and MathML, frames from other hosts, tracking pixels
 * (1x1 images), and any URL that is not http(s) or mailto (javascript:, data:, vbscript:). Entities are read as
 * a browser reads them and written back as safe HTML, so what a browser shows is what the feed meant.
 *
 * <p>Relative URLs in href, src, srcset, poster, cite and background are resolved against the base given (the
 * element's xml:base, else the feed URL). Thread-safe: the policy is immutable; each call has its own renderer.
 */
final class ContentSanitizer {
    private static final Set<String> EMBED_HOSTS = Set.of("www.youtube.com", "youtube.com", "www.youtube-nocookie.com",
            "player.vimeo.com", "w.soundcloud.com", "open.spotify.com", "embed.podcasts.apple.com");
    private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)^\\s*(https?:|mailto:|[^:/?#]*(?:[/?#]|$))");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("a", "abbr", "acronym", "address", "article", "aside", "b", "bdi", "bdo", "big",
                    "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del",
                    "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3",
                    "h4", "h5", "h6", "header", "hr", "i", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p",
                    "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike",
                    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
                    "tt", "u", "ul", "var", "wbr", "audio", "video", "source", "track")
            .allowElements(ContentSanitizer::imageUnlessPixel, "img")
            .allowElements(ContentSanitizer::playerFrameOnly, "iframe")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("title", "dir", "lang").globally()
            // Not active, and how the processor tells a sharing box, a bio or related posts from the post itself.
            .allowAttributes("class", "id").matching(ContentSanitizer::plainName).globally()
            .allowAttributes("href", "hreflang").onElements("a")
            .allowAttributes("src", "alt", "width", "height", "sizes").onElements("img")
            .allowAttributes("srcset").matching(ContentSanitizer::safeSrcset).onElements("img", "source")
            .allowAttributes("src", "type", "media", "sizes").onElements("source")
            .allowAttributes("src", "kind", "srclang", "label", "default").onElements("track")
            .allowAttributes("src", "controls", "preload", "loop", "muted").onElements("audio", "video")
            .allowAttributes("poster", "width", "height", "playsinline").onElements("video")
            .allowAttributes("src", "width", "height", "allowfullscreen").onElements("iframe")
            .allowAttributes("cite").onElements("blockquote", "q", "del", "ins")
            .allowAttributes("datetime").onElements("del", "ins", "time")
            .allowAttributes("colspan", "rowspan", "headers", "scope", "abbr", "align", "valign")
            .onElements("td", "th")
            .allowAttributes("background").onElements("table", "td", "th")
            .allowAttributes("summary").onElements("table")
            .allowAttributes("span").onElements("col", "colgroup")
            .allowAttributes("start", "type", "reversed").onElements("ol")
            .allowAttributes("value").onElements("li")
            .allowAttributes("open").onElements("details")
            .allowTextIn("audio", "video")
            .disallowTextIn("script", "style", "title", "head", "iframe")
            .toFactory();

    /**
     * OWASP copies the whole policy each time it is applied to an output; applied once per thread to a receiver
     * that is pointed at each call's output instead, it costs nothing per call (the policy resets its own state
     * when a document opens).
     */
    private static final ThreadLocal<Pipeline> PIPELINES = ThreadLocal.withInitial(Pipeline::new);

    private ContentSanitizer() {}

    /** Safe HTML for {@code html}, its links resolved against {@code base} (may be null: left relative). */
    static String sanitize(String html, LinkBase base) {
        if (isPlainText(html)) {
            return html; // no markup and no entity: already safe, and nothing to resolve
        }
        StringBuilder out = new StringBuilder(html.length() + 16);
        Pipeline pipeline = PIPELINES.get();
        pipeline.receiver.target(HtmlStreamRenderer.create(out, badHtml -> { }), base);
        try {
            HtmlSanitizer.sanitize(html, pipeline.policy, UnreadSubtrees::new);
        } finally {
            pipeline.receiver.target(null, null); // the thread keeps its pipeline, not this call's output
        }
        return out.toString();
    }

    private static final class Pipeline {
        final LinkResolvingReceiver receiver = new LinkResolvingReceiver();
        final HtmlSanitizer.Policy policy = POLICY.apply(receiver);
    }

    private static boolean isPlainText(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' || c == '&' || c == '>' || c == '"' || c == '\'' || c == '\u0000') {
                return false;
            }
        }
        return true;
    }

    private static String imageUnlessPixel(String name, List<String> attributes) {
        String width = value(attributes, "width");
        String height = value(attributes, "height");
        boolean pixel = "1".equals(width) && "1".equals(height) || "0".equals(width) || "0".equals(height);
        return pixel || value(attributes, "src") == null ? null : name;
    }

    private static String playerFrameOnly(String name, List<String> attributes) {
        String src = value(attributes, "src");
        if (src == null) {
            return null;
        }
        try {
            URI uri = new URI(src.strip());
            String host = uri.getHost();
            return "https".equalsIgnoreCase(uri.getScheme()) && host != null
                    && EMBED_HOSTS.contains(host.toLowerCase(Locale.ROOT)) ? name : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Every candidate's URL of a srcset must be http(s) or relative, else the attribute goes. */
    private static String safeSrcset(String element, String attribute, String value) {
        for (String candidate : LinkResolvingReceiver.SRCSET_SPLIT.split(value.strip())) {
            String url = candidate.strip().split("\\s+", 2)[0];
            if (!SAFE_SCHEME.matcher(url).lookingAt() || url.regionMatches(true, 0, "mailto:", 0, 7)) {
                return null;
            }
        }
        return value;
    }

    /** A class or id kept only as names: letters, digits, '-', '_', ':' and spaces, at most 200 characters. */
    private static String plainName(String element, String attribute, String value) {
        return value.length() <= 200 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-'
                || c == '_' || c == ' ' || c == ':') ? value : null;
    }

    private static String value(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}
