package io.mentorfeed.ingest.parse;

import java.util.List;
import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;

/**
 * Writes inline XHTML (Atom type="xhtml", RSS xhtml:body) or inline XML as HTML text: elements by their local
 * name whatever prefix they had, namespace declarations and xml:* attributes left out, and URL attributes made
 * absolute against each element's own base, since an xml:base inside the content is lost once it is text.
 */
final class XhtmlWriter {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster", "cite", "background");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private XhtmlWriter() {}

    /** The contents as HTML; links resolved against {@code base} as changed by xml:base below it. */
    static String html(List<Content> contents, LinkBase base) {
        StringBuilder out = new StringBuilder();
        for (Content content : contents) {
            write(content, base, out);
        }
        return out.toString();
    }

    /** The contents as the XML they are (for other XML media types: shown as text, not rendered). */
    static String xml(List<Content> contents) {
        StringBuilder out = new StringBuilder();
        for (Content content : contents) {
            write(content, null, out);
        }
        return out.toString();
    }

    private static void write(Content content, LinkBase parentBase, StringBuilder out) {
        switch (content) {
            case Text text -> escape(text.getText(), false, out);
            case Element element -> writeElement(element, parentBase, out);
            default -> { } // comments, processing instructions, unresolved entity references: not content
        }
    }

    private static void writeElement(Element element, LinkBase parentBase, StringBuilder out) {
        LinkBase base = parentBase == null ? null : parentBase.child(element);
        String name = element.getName();
        out.append('<').append(name);
        for (Attribute attribute : element.getAttributes()) {
            if (attribute.getNamespace() == Namespace.XML_NAMESPACE) {
                continue;
            }
            String value = attribute.getValue();
            if (base != null && base != LinkBase.NONE && URL_ATTRIBUTES.contains(attribute.getName())) {
                String resolved = Links.resolve(base, value);
                value = resolved == null ? "" : resolved;
            }
            out.append(' ').append(attribute.getName()).append("=\"");
            escape(value, true, out);
            out.append('"');
        }
        if (element.getContentSize() == 0 && VOID.contains(name)) {
            out.append(" />");
            return;
        }
        out.append('>');
        for (Content child : element.getContent()) {
            write(child, base, out);
        }
        out.append("</").append(name).append('>');
    }

    static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
