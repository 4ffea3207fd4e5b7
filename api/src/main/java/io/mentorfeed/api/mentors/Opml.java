package io.mentorfeed.api.mentors;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * OPML 1.0/2.0 import and export of the mentors. Folders (nested outlines) and {@code category} attributes become
 * a feed's categories, and a mentor's topics are written back as folders (by first topic) and categories, so an
 * export reads back the same. The source kind travels in a {@code kind} attribute, which other readers ignore.
 * jsoup's XML parser neither loads DTDs nor expands custom entities, so an entity bomb is just text.
 */
public final class Opml {
    private Opml() {}

    /** One feed of an OPML file; {@code categories} are folder paths ("Business/Marketing") and category values. */
    public record Outline(String title, String xmlUrl, String htmlUrl, List<String> categories, SourceKind kind) {
        public Outline {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    public static String export(List<Mentor> mentors) {
        Document xml = Jsoup.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><head>"
                + "<title>mentorfeed mentors</title></head><body></body></opml>", "", Parser.xmlParser());
        xml.outputSettings().prettyPrint(true);
        Element body = xml.selectFirst("body");
        Map<String, List<Mentor>> folders = new LinkedHashMap<>();
        for (Mentor mentor : mentors) {
            folders.computeIfAbsent(mentor.topics().isEmpty() ? "" : mentor.topics().getFirst(), k -> new ArrayList<>())
                    .add(mentor);
        }
        folders.forEach((folder, members) -> {
            Element parent = folder.isEmpty() ? body : body.appendElement("outline").attr("text", folder);
            members.forEach(mentor -> appendFeed(parent, mentor));
        });
        return xml.outerHtml();
    }

    private static void appendFeed(Element parent, Mentor mentor) {
        Element outline = parent.appendElement("outline").attr("type", "rss").attr("text", mentor.name())
                .attr("title", mentor.name()).attr("xmlUrl", mentor.feedUrl());
        if (mentor.siteUrl() != null) {
            outline.attr("htmlUrl", mentor.siteUrl());
        }
        if (!mentor.topics().isEmpty()) {
            outline.attr("category", String.join(",", mentor.topics().stream().map(t -> "/" + t).toList()));
        }
        outline.attr("kind", mentor.kind().wireName());
    }

    /** The feed outlines (those with an xmlUrl), in document order. */
    public static List<Outline> parse(String opml) {
        Document xml = Jsoup.parse(opml, "", Parser.xmlParser());
        Element body = xml.selectFirst("opml > body");
        if (body == null) {
            throw Rejection.invalid("Body is not OPML: no <opml><body> element");
        }
        List<Outline> outlines = new ArrayList<>();
        collect(body, List.of(), outlines);
        return outlines;
    }

    private static void collect(Element parent, List<String> folders, List<Outline> outlines) {
        for (Element outline : parent.children()) {
            if (!outline.tagName().equalsIgnoreCase("outline")) {
                continue;
            }
            String title = firstNonBlank(outline.attr("title"), outline.attr("text"));
            String xmlUrl = outline.attr("xmlUrl").strip();
            if (!xmlUrl.isEmpty()) {
                outlines.add(new Outline(title == null ? "" : title, xmlUrl, emptyToNull(outline.attr("htmlUrl")),
                        categories(folders, outline.attr("category")), kind(outline.attr("kind"))));
            }
            List<String> inner = new ArrayList<>(folders);
            if (xmlUrl.isEmpty() && title != null) {
                inner.add(title);
            }
            collect(outline, inner, outlines);
        }
    }

    private static List<String> categories(List<String> folders, String categoryAttribute) {
        Set<String> categories = new LinkedHashSet<>();
        if (!folders.isEmpty()) {
            categories.add(String.join("/", folders));
        }
        for (String category : categoryAttribute.split(",")) {
            String trimmed = category.strip().replaceAll("^/+", "");
            if (!trimmed.isEmpty()) {
                categories.add(trimmed);
            }
        }
        return List.copyOf(categories);
    }

    private static SourceKind kind(String value) {
        try {
            return value.isBlank() ? null : SourceKind.fromWire(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
