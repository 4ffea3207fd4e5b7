package io.mentorfeed.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated corpus of feeds like FIGURES.md's: RSS 2.0 and Atom alternating, sizes spread log-uniformly from
 * minBytes to maxBytes, items with HTML content, categories, comments and dates. Deterministic for a seed, so runs
 * compare the same bytes.
 */
public final class FeedCorpus {
    private static final String[] WORDS = ("customer pricing launch question event book course conference podcast "
            + "growth team habit founder market story lesson feedback invite meet share announce mentor writing")
            .split(" ");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** One document: its bytes and the number of entries it holds. */
    public record Document(String name, byte[] bytes, int entries, boolean atom) {}

    private FeedCorpus() {}

    public static List<Document> generate(int files, int minBytes, int maxBytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Document> corpus = new ArrayList<>();
        double span = Math.log((double) maxBytes / minBytes);
        for (int i = 0; i < files; i++) {
            int target = (int) (minBytes * Math.exp(span * i / Math.max(1, files - 1)));
            corpus.add(document("feed-" + i, i % 2 == 1, target, random.split()));
        }
        return corpus;
    }

    /** One feed of about {@code targetBytes}, its items numbered from 0 (newest first). */
    public static Document document(String name, boolean atom, int targetBytes, SplittableRandom random) {
        return document(name, atom, targetBytes, Integer.MAX_VALUE, random);
    }

    /** As {@link #document(String, boolean, int, SplittableRandom)}, with at most {@code maxEntries} items. */
    public static Document document(String name, boolean atom, int targetBytes, int maxEntries,
                                    SplittableRandom random) {
        StringBuilder xml = new StringBuilder(targetBytes + 4096);
        xml.append(atom ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                        + "xmlns:thr=\"http://purl.org/syndication/thread/1.0\"><title>" + name
                        + "</title><id>urn:" + name + "</id><updated>2026-11-21T08:00:00Z</updated>"
                        + "<link rel=\"alternate\" href=\"https://" + name + ".example/\"/>"
                        + "<link rel=\"self\" href=\"https://" + name + ".example/atom.xml\"/>"
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                        + "xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\" "
                        + "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"><channel><title>" + name
                        + "</title><link>https://" + name + ".example/</link><description>Generated</description>"
                        + "<language>en</language>");
        int entries = 0;
        Instant published = Instant.parse("2026-11-21T08:00:00Z");
        while ((xml.length() < targetBytes || entries == 0) && entries < maxEntries) {
            String link = "https://" + name + ".example/posts/" + entries;
            String title = sentence(random, 6);
            String content = "<p>" + sentence(random, 40) + "</p><p><a href=\"" + link + "#more\">"
                    + sentence(random, 3) + "</a> &amp; " + sentence(random, 30) + "?</p>";
            if (atom) {
                xml.append("<entry><title>").append(title).append("</title><id>").append(link).append("</id>")
                        .append("<link rel=\"alternate\" href=\"").append(link).append("\"/>")
                        .append("<link rel=\"replies\" type=\"text/html\" href=\"").append(link).append("#comments\"/>")
                        .append("<published>").append(published).append("</published><updated>").append(published)
                        .append("</updated><author><name>Ada Marsh</name></author>")
                        .append("<category term=\"").append(word(random)).append("\"/>")
                        .append("<summary>").append(sentence(random, 12)).append("</summary>")
                        .append("<content type=\"html\">").append(escape(content)).append("</content></entry>");
            } else {
                xml.append("<item><title>").append(title).append("</title><link>").append(link)
                        .append("</link><guid>").append(link).append("</guid><pubDate>")
                        .append(RFC_822.format(published)).append("</pubDate><dc:creator>Ada Marsh</dc:creator>")
                        .append("<category>").append(word(random)).append("</category>")
                        .append("<comments>").append(link).append("#comments</comments>")
                        .append("<wfw:commentRss>").append(link).append("/feed</wfw:commentRss>")
                        .append("<slash:comments>").append(random.nextInt(200)).append("</slash:comments>")
                        .append("<description>").append(sentence(random, 12)).append("</description>")
                        .append("<content:encoded><![CDATA[").append(content).append("]]></content:encoded></item>");
            }
            entries++;
            published = published.minusSeconds(3600L * (1 + random.nextInt(48)));
        }
        xml.append(atom ? "</feed>" : "</channel></rss>");
        return new Document(name, xml.toString().getBytes(StandardCharsets.UTF_8), entries, atom);
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(word(random));
        }
        return text.toString();
    }

    private static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
