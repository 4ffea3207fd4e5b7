package io.mentorfeed.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jdom2.Content;
import org.jdom2.Element;

/**
 * Reads an element holding text or markup (Atom text constructs and content, Atom 0.3 content modes, RSS
 * description and content:encoded, media and iTunes texts) into safe HTML and the type the feed gave:
 *
 * <ul>
 *   <li>{@code text} (Atom's default; text/plain; any other text/* type): escaped, line breaks kept as
 *       {@code <br />};</li>
 *   <li>{@code html} (text/html; RSS's description and content:encoded): sanitized;</li>
 *   <li>{@code xhtml} (application/xhtml+xml; Atom 0.3's mode="xml"): the content of its wrapper div, written as
 *       HTML with every xml:base inside it applied, then sanitized;</li>
 *   <li>other XML media types: the XML shown as text; other media types: base64 data, not text (null), unless
 *       Atom 0.3's mode="base64" says it encodes text or HTML.</li>
 * </ul>
 */
final class TextConstructs {
    static final String TEXT = "text";
    static final String HTML = "html";
    static final String XHTML = "xhtml";
    /** Text that says nothing of its type (RSS titles): plain, unless it plainly carries markup. */
    static final String UNTYPED = "untyped";

    /** Safe HTML and the feed's type for it; {@code html} null when the content is not text (binary, or empty). */
    record Value(String html, String type) {}

    private TextConstructs() {}

    /**
     * @param element     the element, or null
     * @param defaultType what it is when it has no type attribute: {@link #TEXT} for Atom, {@link #HTML} for RSS
     * @param base        the element's base for its links
     */
    static Value read(Element element, String defaultType, LinkBase base) {
        if (element == null) {
            return null;
        }
        String declared = element.getAttributeValue("type");
        String type = declared == null ? defaultType : normalizedType(declared.strip().toLowerCase(Locale.ROOT));
        String mode = element.getAttributeValue("mode");
        if ("base64".equalsIgnoreCase(mode)) {
            return new Value(decodedBase64(element.getText(), type, base), type);
        }
        if ("xml".equalsIgnoreCase(mode) && type.equals(HTML)) {
            type = XHTML; // Atom 0.3 inline XHTML typed text/html
        }
        if (hasMarkupElements(element) && !type.equals(XHTML) && !isXml(type)) {
            // "Naked" markup: HTML written as elements where text or escaped HTML belongs. Read as the markup it is.
            String markup = XhtmlWriter.html(element.getContent(), base);
            return type.equals(HTML) ? new Value(sanitizedHtml(markup, base), HTML)
                    : new Value(sanitizedHtml(markup, base), XHTML);
        }
        String html = switch (type) {
            case TEXT -> textAsHtml(element.getText());
            case HTML -> sanitizedHtml(element.getText(), base);
            case XHTML -> sanitizedHtml(XhtmlWriter.html(xhtmlContents(element), base), base);
            default -> isXml(type) ? textAsHtml(XhtmlWriter.xml(element.getContent()))
                    : type.startsWith("text/") ? textAsHtml(element.getText()) : null;
        };
        return new Value(html, type);
    }

    /** Plain text already read (an iTunes summary, a media description) as an HTML value of type text. */
    static Value fromText(String text) {
        return new Value(textAsHtml(text), TEXT);
    }

    /** A text construct as plain text: a title, a feed description, a name. */
    static String plain(Element element, String defaultType) {
        if (element == null) {
            return null;
        }
        String declared = element.getAttributeValue("type");
        String type = declared == null ? defaultType : normalizedType(declared.strip().toLowerCase(Locale.ROOT));
        if ("base64".equalsIgnoreCase(element.getAttributeValue("mode"))) {
            String decoded = decoded(element.getText());
            return type.equals(TEXT) ? Texts.plain(decoded) : Texts.plain(Texts.htmlToText(decoded));
        }
        if (hasMarkupElements(element) && !type.equals(XHTML)) {
            return Texts.plain(Texts.htmlToText(XhtmlWriter.html(element.getContent(), LinkBase.NONE)));
        }
        return switch (type) {
            case XHTML -> Texts.plain(Texts.htmlToText(XhtmlWriter.html(xhtmlContents(element), LinkBase.NONE)));
            case HTML -> Texts.plain(Texts.htmlToText(element.getText()));
            case TEXT -> Texts.plain(element.getText());
            default -> Texts.plainGuessingMarkup(element.getText());
        };
    }

    /** "text/html" is html, "text/plain" text, "application/xhtml+xml" xhtml; other types as given. */
    static String normalizedType(String type) {
        return switch (type) {
            case "", "text", "plain", "text/plain" -> TEXT;
            case "html", "text/html", "escaped" -> HTML;
            case "xhtml", "application/xhtml+xml" -> XHTML;
            default -> type;
        };
    }

    private static boolean isXml(String type) {
        return type.endsWith("+xml") || type.endsWith("/xml");
    }

    /** The children of the xhtml:div wrapper (RFC 4287 3.1.1.3: not part of the content), else all children. */
    private static List<Content> xhtmlContents(Element element) {
        List<Element> children = element.getChildren();
        if (children.size() == 1 && children.getFirst().getName().equals("div")
                && element.getTextTrim().isEmpty()) {
            return children.getFirst().getContent();
        }
        return element.getContent();
    }

    private static boolean hasMarkupElements(Element element) {
        for (org.jdom2.Content content : element.getContent()) {
            if (content instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** Base64 text decoded as UTF-8, or null when it is not base64. */
    private static String decoded(String data) {
        try {
            return new String(Base64.getMimeDecoder().decode(data.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decodedBase64(String data, String type, LinkBase base) {
        String text = decoded(data);
        if (text == null) {
            return null;
        }
        return switch (type) {
            case HTML, XHTML -> sanitizedHtml(text, base);
            case TEXT -> textAsHtml(text);
            default -> type.startsWith("text/") ? textAsHtml(text) : null;
        };
    }

    /** HTML from a feed, sanitized and cut to the cap; null when nothing is left. */
    static String sanitizedHtml(String html, LinkBase base) {
        return fitted(html, input -> ContentSanitizer.sanitize(input, base));
    }

    /** Plain text as HTML: escaped, its line breaks kept; cut to the cap. */
    private static String textAsHtml(String text) {
        return fitted(text == null ? null : text.replace("\r\n", "\n"), input -> {
            StringBuilder out = new StringBuilder(input.length() + 16);
            XhtmlWriter.escape(input, false, out);
            return out.toString().replace("\n", "<br />");
        });
    }

    /**
     * {@code render} applied to the input cut to the cap. Escaping and the closing tags of cut HTML can make the
     * output longer than the input: the input is cut further until the output fits.
     */
    private static String fitted(String text, java.util.function.UnaryOperator<String> render) {
        String input = Texts.htmlInput(text);
        if (input == null) {
            return null;
        }
        String out = render.apply(input);
        int length = input.length();
        while (out.length() > Texts.MAX_HTML_CHARS && length > 1024) {
            length = (int) (length * 0.95 * Texts.MAX_HTML_CHARS / out.length());
            out = render.apply(input.substring(0, length));
        }
        return Texts.htmlOutput(out);
    }
}
