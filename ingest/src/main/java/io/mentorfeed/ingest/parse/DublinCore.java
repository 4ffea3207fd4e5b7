package io.mentorfeed.ingest.parse;

import java.time.Instant;
import java.util.List;
import org.jdom2.Element;

/**
 * Dublin Core on a channel, item or entry (the RSS 1.0 module, DCMI Metadata Terms): the elements that stand in
 * for a format's own when it has none. dc:date is a publication date; dcterms:issued and dcterms:created come after
 * it, dcterms:modified is the update.
 */
final class DublinCore {
    private DublinCore() {}

    static Element title(Element parent) {
        return Xml.child(parent, Namespaces.DUBLIN_CORE, "title");
    }

    static Element description(Element parent) {
        return Xml.child(parent, Namespaces.DUBLIN_CORE, "description");
    }

    /** dc:creator, and the dc:author some generators write though Dublin Core has none. */
    static List<String> creators(Element parent) {
        List<String> creators = new java.util.ArrayList<>(texts(parent, "creator"));
        creators.addAll(texts(parent, "author"));
        return creators;
    }

    static List<String> subjects(Element parent) {
        return texts(parent, "subject");
    }

    static String language(Element parent) {
        return Texts.plain(Xml.text(parent, Namespaces.DUBLIN_CORE, "language"));
    }

    static String rights(Element parent) {
        return Texts.plainGuessingMarkup(Texts.firstNonNull(Xml.text(parent, Namespaces.DUBLIN_CORE, "rights"),
                Xml.text(parent, Namespaces.DC_TERMS, "rights")));
    }

    static Instant published(Element parent) {
        Instant date = FeedDates.parse(Xml.text(parent, Namespaces.DUBLIN_CORE, "date"));
        if (date == null) {
            date = FeedDates.parse(Xml.text(parent, Namespaces.DC_TERMS, "issued"));
        }
        return date != null ? date : FeedDates.parse(Xml.text(parent, Namespaces.DC_TERMS, "created"));
    }

    static Instant modified(Element parent) {
        return FeedDates.parse(Xml.text(parent, Namespaces.DC_TERMS, "modified"));
    }

    private static List<String> texts(Element parent, String name) {
        return Xml.children(parent, Namespaces.DUBLIN_CORE, name).stream().map(Element::getText).toList();
    }
}
