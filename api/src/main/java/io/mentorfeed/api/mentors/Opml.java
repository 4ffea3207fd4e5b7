package io.mentorfeed.api.mentors;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.model.Mentor;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * OPML 2.0 export of the mentors, and import of the feed outlines of an OPML file (nested folders included).
 * jsoup's XML parser neither loads DTDs nor expands custom entities, so an entity bomb is just text.
 */
public final class Opml {
    private Opml() {}

    public static String export(List<Mentor> mentors) {
        Document xml = Jsoup.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><head>"
                + "<title>mentorfeed mentors</title></head><body></body></opml>", "", Parser.xmlParser());
        xml.outputSettings().prettyPrint(true);
        Element body = xml.selectFirst("body");
        for (Mentor mentor : mentors) {
            Element outline = body.appendElement("outline").attr("type", "rss").attr("text", mentor.name())
                    .attr("title", mentor.name()).attr("xmlUrl", mentor.feedUrl());
            if (mentor.siteUrl() != null) {
                outline.attr("htmlUrl", mentor.siteUrl());
            }
            outline.attr("category", mentor.kind().wireName());
        }
        return xml.outerHtml();
    }

    /** The feed outlines (those with an xmlUrl), in document order. */
    public static List<Outline> parse(String opml) {
        Document xml = Jsoup.parse(opml, "", Parser.xmlParser());
        if (xml.selectFirst("opml") == null) {
            throw Rejection.invalid("Body is not OPML: no <opml> element");
        }
        List<Outline> outlines = new ArrayList<>();
        for (Element outline : xml.select("outline[xmlUrl]")) {
            String title = outline.hasAttr("title") ? outline.attr("title") : outline.attr("text");
            outlines.add(new Outline(title.strip(), outline.attr("xmlUrl").strip(), emptyToNull(outline.attr("htmlUrl")),
                    emptyToNull(outline.attr("category"))));
        }
        return outlines;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One feed of an OPML file. */
    public record Outline(String title, String xmlUrl, String htmlUrl, String category) {
    }
}
