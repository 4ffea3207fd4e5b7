package io.mentorfeed.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Rewrites the namespace dialects of RSS that Rome cannot read into the forms it can, before it reads them:
 *
 * <ul>
 *   <li>RSS 0.91-2.0 whose elements carry a namespace (http://backend.userland.com/rss2,
 *       http://purl.org/rss/2.0/, or any other, default or prefixed): the root's namespace is taken off every
 *       element in it. Rome looks for {@code <channel>} in no namespace and, without this, reads no channel.</li>
 *   <li>RSS 1.0 and 0.90 whose channel and items were left in no namespace under rdf:RDF: moved into the RSS
 *       namespace; and the RSS namespace declared on the root, where Rome looks for it, whatever prefix the
 *       document gave it.</li>
 * </ul>
 * A document already in Rome's forms (nearly all) is only looked at, not walked.
 */
final class FeedDialects {
    static final Namespace RDF = Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    static final Namespace RSS_090 = Namespace.getNamespace("http://my.netscape.com/rdf/simple/0.9/");
    static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final List<String> RDF_PARTS = List.of("channel", "item", "image", "textinput", "textInput");

    private FeedDialects() {}

    static void canonicalize(Document document) {
        Element root = document.getRootElement();
        if (root.getName().equals("rss") && root.getNamespace() != Namespace.NO_NAMESPACE) {
            moveOutOfNamespace(root, root.getNamespace());
        } else if (root.getName().equals("RDF") && root.getNamespace().getURI().equals(RDF.getURI())) {
            canonicalizeRdf(root);
        }
    }

    private static void moveOutOfNamespace(Element root, Namespace rss) {
        List<Element> pending = new ArrayList<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            Element element = pending.removeLast();
            if (element.getNamespace().equals(rss)) {
                element.setNamespace(Namespace.NO_NAMESPACE);
            }
            pending.addAll(element.getChildren());
        }
    }

    private static void canonicalizeRdf(Element root) {
        Namespace rss = rssNamespaceOf(root);
        for (Element part : root.getChildren()) {
            if (part.getNamespace() == Namespace.NO_NAMESPACE && RDF_PARTS.contains(part.getName())) {
                part.setNamespace(rss);
                for (Element child : part.getChildren()) {
                    if (child.getNamespace() == Namespace.NO_NAMESPACE) {
                        child.setNamespace(rss);
                    }
                }
            }
        }
        if (!root.getAdditionalNamespaces().contains(rss)) {
            root.addNamespaceDeclaration(Namespace.getNamespace("mentorfeedrss", rss.getURI()));
        }
    }

    /** RSS 0.90 when any part of the document is in its namespace, else RSS 1.0. */
    private static Namespace rssNamespaceOf(Element root) {
        for (Element part : root.getChildren()) {
            if (part.getNamespace().getURI().equals(RSS_090.getURI())) {
                return RSS_090;
            }
        }
        return RSS_10;
    }
}
