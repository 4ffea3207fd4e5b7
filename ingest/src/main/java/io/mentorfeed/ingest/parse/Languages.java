package io.mentorfeed.ingest.parse;

import org.jdom2.Element;
import org.jdom2.Namespace;

/** The language an element is in: its own xml:lang, else the nearest ancestor's (XML 1.0, 2.12). */
final class Languages {
    private Languages() {}

    static String inScope(Element element) {
        for (Element e = element; e != null; e = e.getParentElement()) {
            String lang = e.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang != null) {
                return Texts.plain(lang); // xml:lang="" says "unknown": null
            }
        }
        return null;
    }
}
