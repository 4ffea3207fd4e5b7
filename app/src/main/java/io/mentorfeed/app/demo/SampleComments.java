package io.mentorfeed.app.demo;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The comments of a sample post, derived from its slot so a restarted demo serves the same ones: one to four readers
 * comment; Ada Writes answers every reader but the last of three or more, Grace on Leadership never answers (the
 * demo shows both reasons). Served as an RSS 2.0 comments feed, as WordPress does at wfw:commentRss.
 */
final class SampleComments {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final List<String> READERS = List.of("Priya Raman", "Tom Weller", "José Álvarez", "Mina Okafor",
            "Sam Lind");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** One comment: who wrote it, when, and what. */
    record Comment(String author, Instant at, String text) {}

    private SampleComments() {}

    static List<Comment> of(SampleMentor mentor, long slot, Instant published) {
        int readers = 1 + (int) (slot % 4);
        boolean answers = mentor.id().equals("ada-writes");
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            String reader = READERS.get((int) ((slot + i) % READERS.size()));
            Instant at = published.plus(Duration.ofMinutes(5L * comments.size() + 1));
            comments.add(new Comment(reader, at, "Thank you for this, it made me think."));
            boolean lastOfMany = readers >= 3 && i == readers - 1;
            if (answers && !lastOfMany) {
                comments.add(new Comment(mentor.name(), at.plusSeconds(60),
                        "Thanks " + reader.split(" ")[0] + ", glad it was useful."));
            }
        }
        return comments;
    }

    static String write(SampleMentor mentor, String postTitle, String postUrl, List<Comment> comments) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            text(xml, "title", "Comments on: " + postTitle);
            text(xml, "link", postUrl);
            text(xml, "description", "Comments on a sample post of " + mentor.name());
            for (int i = 0; i < comments.size(); i++) {
                Comment comment = comments.get(i);
                xml.writeStartElement("item");
                text(xml, "title", "By: " + comment.author());
                text(xml, "link", postUrl + "#comment-" + (i + 1));
                xml.writeStartElement("dc", "creator", DC);
                xml.writeCharacters(comment.author());
                xml.writeEndElement();
                text(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(comment.at().atOffset(ZoneOffset.UTC)));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(postUrl + "#comment-" + (i + 1));
                xml.writeEndElement();
                text(xml, "description", comment.text());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sample comments of " + mentor.id(), e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
