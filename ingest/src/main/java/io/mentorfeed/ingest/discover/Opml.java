package io.mentorfeed.ingest.discover;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * OPML 1.0/2.0 import and export of the mentors' feeds. Reading uses jsoup's XML parser, which neither expands
 * entities from a DTD nor fetches anything. Folders (nested outlines) become categories and are written back as
 * folders named by each mentor's first topic, with every topic in the {@code category} attribute.
 */
public final class Opml {
    private Opml() {}

    public static List<OpmlOutline> read(String opml) {
        Document document = Jsoup.parse(opml, "", Parser.xmlParser());
        Element body = document.selectFirst("opml > body");
        if (body == null) {
            throw new IllegalArgumentException("not an OPML document: no <opml><body>");
        }
        List<OpmlOutline> feeds = new ArrayList<>();
        collect(body, List.of(), feeds);
        return feeds;
    }

    private static void collect(Element parent, List<String> folders, List<OpmlOutline> feeds) {
        for (Element outline : parent.children()) {
            if (!outline.tagName().equalsIgnoreCase("outline")) {
                continue;
            }
            String title = firstNonBlank(outline.attr("title"), outline.attr("text"));
            String xmlUrl = outline.attr("xmlUrl").strip();
            if (!xmlUrl.isEmpty()) {
                Set<String> categories = new LinkedHashSet<>();
                if (!folders.isEmpty()) {
                    categories.add(String.join("/", folders));
                }
                for (String category : outline.attr("category").split(",")) {
                    String trimmed = category.strip().replaceAll("^/+", "");
                    if (!trimmed.isEmpty()) {
                        categories.add(trimmed);
                    }
                }
                feeds.add(new OpmlOutline(title, xmlUrl, blankToNull(outline.attr("htmlUrl")),
                        List.copyOf(categories)));
            }
            List<String> inner = new ArrayList<>(folders);
            if (xmlUrl.isEmpty() && title != null) {
                inner.add(title);
            }
            collect(outline, inner, feeds);
        }
    }

    /** Mentors for the outlines: ids are slugs of the titles (made unique), topics the categories' last parts. */
    public static List<Mentor> toMentors(List<OpmlOutline> outlines) {
        Set<String> used = new HashSet<>();
        List<Mentor> mentors = new ArrayList<>();
        for (OpmlOutline outline : outlines) {
            String id = unique(slug(outline.title() != null ? outline.title() : host(outline.xmlUrl())), used);
            List<String> topics = outline.categories().stream()
                    .map(c -> c.substring(c.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)).distinct().toList();
            SourceKind kind = outline.xmlUrl().contains("youtube.com/") ? SourceKind.VIDEO : SourceKind.BLOG;
            mentors.add(new Mentor(id, outline.title(), outline.xmlUrl(), outline.htmlUrl(), kind, topics, false));
        }
        return mentors;
    }

    public static String write(String title, List<Mentor> mentors) {
        Map<String, List<Mentor>> folders = new LinkedHashMap<>();
        for (Mentor mentor : mentors) {
            folders.computeIfAbsent(mentor.topics().isEmpty() ? "" : mentor.topics().getFirst(),
                    k -> new ArrayList<>()).add(mentor);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append("  <head><title>").append(escape(title)).append("</title></head>\n  <body>\n");
        folders.forEach((folder, members) -> {
            String indent = folder.isEmpty() ? "    " : "      ";
            if (!folder.isEmpty()) {
                xml.append("    <outline text=\"").append(escape(folder)).append("\">\n");
            }
            for (Mentor mentor : members) {
                xml.append(indent).append("<outline type=\"rss\" text=\"").append(escape(mentor.name()))
                        .append("\" title=\"").append(escape(mentor.name())).append("\" xmlUrl=\"")
                        .append(escape(mentor.feedUrl())).append('"');
                if (mentor.siteUrl() != null) {
                    xml.append(" htmlUrl=\"").append(escape(mentor.siteUrl())).append('"');
                }
                if (!mentor.topics().isEmpty()) {
                    xml.append(" category=\"").append(escape(String.join(",",
                            mentor.topics().stream().map(t -> "/" + t).toList()))).append('"');
                }
                xml.append("/>\n");
            }
            if (!folder.isEmpty()) {
                xml.append("    </outline>\n");
            }
        });
        return xml.append("  </body>\n</opml>\n").toString();
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 56 ? slug.substring(0, 56).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "mentor" : slug;
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
