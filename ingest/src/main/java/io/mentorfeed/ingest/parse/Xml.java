package io.mentorfeed.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Content;
import org.jdom2.Element;

/**
 * Small lookups on JDOM elements by namespace URI and local name, in one pass over an element's own content
 * (JDOM's filtered child lists cost more than the feed fields they find). Prefixes never matter.
 */
final class Xml {
    private Xml() {}

    /** The first child named {@code name} in namespace {@code uri} ("" for none), or null. */
    static Element child(Element parent, String uri, String name) {
        if (parent == null) {
            return null;
        }
        for (Content content : parent.getContent()) {
            if (content instanceof Element element && element.getName().equals(name)
                    && element.getNamespaceURI().equals(uri)) {
                return element;
            }
        }
        return null;
    }

    /** The first child whose name matches either of two namespaces (a module's current and older URI). */
    static Element child(Element parent, Namespaces.Family family, String name) {
        if (parent == null) {
            return null;
        }
        for (Content content : parent.getContent()) {
            if (content instanceof Element element && element.getName().equals(name)
                    && family.contains(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    /** Every child named {@code name} in namespace {@code uri}, in document order. */
    static List<Element> children(Element parent, String uri, String name) {
        List<Element> found = new ArrayList<>(2);
        if (parent == null) {
            return found;
        }
        for (Content content : parent.getContent()) {
            if (content instanceof Element element && element.getName().equals(name)
                    && element.getNamespaceURI().equals(uri)) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, Namespaces.Family family, String name) {
        List<Element> found = new ArrayList<>(2);
        if (parent == null) {
            return found;
        }
        for (Content content : parent.getContent()) {
            if (content instanceof Element element && element.getName().equals(name)
                    && family.contains(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of a child (CDATA included, markup of descendants not), or null when there is no such child. */
    static String text(Element parent, String uri, String name) {
        Element child = child(parent, uri, name);
        return child == null ? null : child.getText();
    }

    static String text(Element parent, Namespaces.Family family, String name) {
        Element child = child(parent, family, name);
        return child == null ? null : child.getText();
    }

    /** The first element if there is one, else the second (an element and its older name). */
    static Element either(Element first, Element second) {
        return first != null ? first : second;
    }

    /** An attribute by local name, whatever namespace it is in (feeds write rdf:about and about alike). */
    static String attribute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String plain = element.getAttributeValue(name);
        if (plain != null) {
            return plain;
        }
        for (var attribute : element.getAttributes()) {
            if (attribute.getName().equals(name)) {
                return attribute.getValue();
            }
        }
        return null;
    }
}
