package io.mentorfeed.ingest.parse;

import java.net.URI;
import java.util.Locale;
import org.jdom2.Element;

/**
 * Where an entry's conversation is: RSS's comments page, the comments feed of the Well-Formed Web CommentAPI
 * (wfw:commentRss, which older WordPress spells commentRSS), Atom threading's rel="replies" links (RFC 4685; the
 * type tells a page from a feed), and the count so far: slash:comments, thr:total, or a replies link's thr:count.
 */
final class CommentFields {
    private static final org.jdom2.Namespace THREADING = org.jdom2.Namespace.getNamespace(Namespaces.THREADING);
    private CommentFields() {}

    static String commentsFeedUrl(Element entry, URI base) {
        for (Element child : entry.getChildren()) {
            if (child.getNamespaceURI().equals(Namespaces.WFW)
                    && child.getName().toLowerCase(Locale.ROOT).equals("commentrss")) {
                return Links.resolve(base, child.getText());
            }
        }
        return null;
    }

    static Integer count(Element entry) {
        Integer slash = count(Xml.text(entry, Namespaces.SLASH, "comments"));
        return slash != null ? slash : count(Xml.text(entry, Namespaces.THREADING, "total"));
    }

    /** An Atom replies link's thr:count. */
    static Integer repliesCount(Element repliesLink) {
        return count(repliesLink.getAttributeValue("count", THREADING));
    }

    private static Integer count(String text) {
        if (text == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(text.strip());
            return count >= 0 ? count : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
