package io.mentorfeed.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;

/**
 * Atom's link element (RFC 4287 4.2.7), in Atom feeds and as atom:link inside RSS: a missing rel means
 * "alternate"; rels compare without case; an entry's alternate is the first of type text/html (or no type), else
 * the first alternate at all.
 */
final class AtomLinks {
    private AtomLinks() {}

    /** The href of the first atom:link (Atom 1.0 namespace) with this rel, as written. */
    static String href(Element parent, String rel) {
        return href(parent, Namespaces.ATOM_10, rel);
    }

    static String href(Element parent, String namespace, String rel) {
        for (Element link : withRel(parent, namespace, rel)) {
            String href = link.getAttributeValue("href");
            if (href != null && !href.isBlank()) {
                return href;
            }
        }
        return null;
    }

    /** The alternate link a reader opens: HTML first, as RFC 4287 allows one alternate per type and language. */
    static Element alternate(Element parent, String namespace) {
        List<Element> alternates = withRel(parent, namespace, "alternate");
        for (Element link : alternates) {
            String type = link.getAttributeValue("type");
            if (type == null || type.toLowerCase(Locale.ROOT).contains("html")) {
                return link;
            }
        }
        return alternates.isEmpty() ? null : alternates.getFirst();
    }

    static List<Element> withRel(Element parent, String namespace, String rel) {
        List<Element> found = new ArrayList<>(2);
        for (Element link : Xml.children(parent, namespace, "link")) {
            if (link.getAttributeValue("href") != null && rel.equalsIgnoreCase(relOf(link))) {
                found.add(link);
            }
        }
        return found;
    }

    static String relOf(Element link) {
        String rel = link.getAttributeValue("rel");
        return rel == null || rel.isBlank() ? "alternate" : rel.strip();
    }

    static boolean isFeedType(Element link) {
        String type = link.getAttributeValue("type");
        return type != null && (type.contains("atom") || type.contains("rss") || type.contains("xml"));
    }
}
