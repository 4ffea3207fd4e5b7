package io.mentorfeed.app.demo;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a sample mentor's feed in its format (RSS 2.0, Atom 1.0, or YouTube's Atom + Media RSS shape). */
final class SampleFeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String SLASH = "http://purl.org/rss/1.0/modules/slash/";
    private static final String WFW = "http://wellformedweb.org/CommentAPI/";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String YT = "http://www.youtube.com/xml/schemas/2015";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** One post of the feed at a given publication slot. */
    record Item(long slot, Instant published, SamplePost post) {}

    private SampleFeedWriter() {}

    static String write(SampleMentor mentor, String baseUrl, List<Item> items) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            switch (mentor.format()) {
                case RSS -> rss(xml, mentor, baseUrl, items);
                case ATOM -> atom(xml, mentor, baseUrl, items, false);
                case YOUTUBE -> atom(xml, mentor, baseUrl, items, true);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sample feed of " + mentor.id(), e);
        }
        return out.toString();
    }

    static String entryId(SampleMentor mentor, long slot) {
        return "tag:demo.mentorfeed.invalid,2026:" + mentor.id() + "/" + slot;
    }

    static String postUrl(SampleMentor mentor, String baseUrl, long slot) {
        return baseUrl + "/posts/" + mentor.id() + "/" + slot;
    }

    static String commentsUrl(SampleMentor mentor, String baseUrl, long slot) {
        return baseUrl + "/comments/" + mentor.id() + "/" + slot + ".xml";
    }

    private static void rss(XMLStreamWriter xml, SampleMentor mentor, String baseUrl, List<Item> items)
            throws XMLStreamException {
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("slash", SLASH);
        xml.writeNamespace("wfw", WFW);
        xml.writeStartElement("channel");
        text(xml, "title", mentor.name());
        text(xml, "link", baseUrl + "/mentors/" + mentor.id());
        text(xml, "description", "Sample feed of the mentorfeed demo");
        text(xml, "language", "en");
        text(xml, "ttl", "1");
        for (Item item : items) {
            String link = postUrl(mentor, baseUrl, item.slot());
            xml.writeStartElement("item");
            text(xml, "title", item.post().title());
            text(xml, "link", link);
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "false");
            xml.writeCharacters(entryId(mentor, item.slot()));
            xml.writeEndElement();
            text(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published().atOffset(ZoneOffset.UTC)));
            text(xml, "author", mentor.id() + "@demo.mentorfeed.invalid (" + mentor.name() + ")");
            item.post().categories().forEach(c -> text(xml, "category", c));
            text(xml, "description", item.post().paragraphs().getFirst());
            xml.writeStartElement("content", "encoded", CONTENT);
            xml.writeCData(html(item.post()));
            xml.writeEndElement();
            text(xml, "comments", link + "#comments");
            textNs(xml, "wfw", WFW, "commentRss", commentsUrl(mentor, baseUrl, item.slot()));
            textNs(xml, "slash", SLASH, "comments", Integer.toString(
                    SampleComments.of(mentor, item.slot(), item.published()).size()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void atom(XMLStreamWriter xml, SampleMentor mentor, String baseUrl, List<Item> items, boolean video)
            throws XMLStreamException {
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        if (video) {
            xml.writeNamespace("media", MEDIA);
            xml.writeNamespace("yt", YT);
        }
        text(xml, "id", "tag:demo.mentorfeed.invalid,2026:" + mentor.id());
        text(xml, "title", mentor.name());
        link(xml, "alternate", baseUrl + "/mentors/" + mentor.id());
        link(xml, "self", baseUrl + "/feeds/" + mentor.id() + ".xml");
        text(xml, "updated", items.isEmpty() ? Instant.EPOCH.toString() : items.getFirst().published().toString());
        xml.writeStartElement("author");
        text(xml, "name", mentor.name());
        xml.writeEndElement();
        for (Item item : items) {
            xml.writeStartElement("entry");
            text(xml, "id", entryId(mentor, item.slot()));
            if (video) {
                textNs(xml, "yt", YT, "videoId", mentor.id() + "-" + item.slot());
            }
            text(xml, "title", item.post().title());
            link(xml, "alternate", postUrl(mentor, baseUrl, item.slot()));
            text(xml, "published", item.published().toString());
            text(xml, "updated", item.published().toString());
            for (String category : item.post().categories()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", category);
            }
            if (video) {
                mediaGroup(xml, mentor, baseUrl, item);
            } else {
                // Atom threading (RFC 4685): the comments feed of a blog post.
                link(xml, "replies", commentsUrl(mentor, baseUrl, item.slot()));
                xml.writeAttribute("type", "application/rss+xml");
                text(xml, "summary", item.post().paragraphs().getFirst());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(html(item.post()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void mediaGroup(XMLStreamWriter xml, SampleMentor mentor, String baseUrl, Item item)
            throws XMLStreamException {
        xml.writeStartElement("media", "group", MEDIA);
        textNs(xml, "media", MEDIA, "title", item.post().title());
        xml.writeEmptyElement("media", "thumbnail", MEDIA);
        xml.writeAttribute("url", baseUrl + "/thumbnails/" + mentor.id() + "/" + item.slot() + ".jpg");
        xml.writeAttribute("width", "480");
        xml.writeAttribute("height", "360");
        textNs(xml, "media", MEDIA, "description", String.join("\n\n", item.post().paragraphs()));
        xml.writeStartElement("media", "community", MEDIA);
        xml.writeEmptyElement("media", "statistics", MEDIA);
        xml.writeAttribute("views", Long.toString(100 + item.slot() % 900));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static String html(SamplePost post) {
        var html = new StringBuilder();
        for (String paragraph : post.paragraphs()) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void textNs(XMLStreamWriter xml, String prefix, String ns, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, ns);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
