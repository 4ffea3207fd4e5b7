package io.mentorfeed.ingest.parse;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The base URI of an element (XML Base, W3C 2009): the document's own base (where the feed was fetched) changed by
 * each xml:base on the way down to the element, a relative one resolved against the base above it. A base that is
 * not an http(s) or file URI (javascript:, data:) is ignored: links are never made to point there.
 */
final class XmlBase {
    private XmlBase() {}

    static URI of(Element element, URI documentBase) {
        Deque<String> bases = new ArrayDeque<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null) {
                bases.push(base);
            }
        }
        URI uri = documentBase;
        while (!bases.isEmpty()) {
            uri = below(uri, bases.pop());
        }
        return uri;
    }

    /**
     * The base for the HTML an element holds. An xml:base in scope says it; without one, the entry's own link (the
     * page the HTML was written for, often on another host than a feed served by a feed service), else the
     * document's base. Worked out only if a relative link asks for it.
     */
    static LinkBase forHtml(Element element, URI documentBase, String entryLink) {
        if (element == null) {
            return LinkBase.of(documentBase);
        }
        for (Element e = element; e != null; e = e.getParentElement()) {
            if (e.getAttributeValue("base", Namespace.XML_NAMESPACE) != null) {
                return LinkBase.lazily(() -> of(element, documentBase));
            }
        }
        if (entryLink == null) {
            return LinkBase.of(documentBase);
        }
        return LinkBase.lazily(() -> {
            if (io.mentorfeed.model.WebLinks.clickable(entryLink) == null) {
                return documentBase;
            }
            try {
                return new URI(entryLink);
            } catch (java.net.URISyntaxException e) {
                return documentBase;
            }
        });
    }

    /** The base of a child element whose parent's base is {@code parentBase}. */
    static URI child(Element child, URI parentBase) {
        String base = child.getAttributeValue("base", Namespace.XML_NAMESPACE);
        return base == null ? parentBase : below(parentBase, base);
    }

    static URI below(URI parent, String base) {
        URI uri = Links.baseOr(base, parent);
        if (uri == null || uri.getScheme() == null) {
            return parent;
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("file") ? uri : parent;
    }
}
