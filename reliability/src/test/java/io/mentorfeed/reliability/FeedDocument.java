package io.mentorfeed.reliability;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.IntFunction;

/** The RSS 2.0 document of one of the suite's feeds: its newest entries, newest first, each a full essay. */
final class FeedDocument {
    /**
     * The body of every essay: a full post (over 500 characters, so ingest takes it for the whole text and reads no
     * page), with nothing the processor's signals look for: no question, no event, no personal news, no launch.
     */
    private static final String ESSAY = "<p>Good work is mostly patience: a draft, a pause, a second look, and small"
            + " changes that add up over weeks. Tools matter less than attention; the same pen serves a careless"
            + " writer and a careful one.</p><p>Most days the work is plain. The notebook fills slowly, the ideas get"
            + " shorter and clearer, and the useful ones stay. Habits carry the rest of the load, which is why they"
            + " deserve care.</p><p>These notes keep a record of what held up in practice, what did not, and what"
            + " changed along the way. The next part picks up where this one ends.</p>";

    private FeedDocument() {}

    /** The GUID of entry {@code entry} (from 1) of feed {@code feed}. */
    static String entryId(int feed, int entry) {
        return "m" + feed + "-" + entry;
    }

    /** Entries {@code visible} down to {@code visible - window + 1} of the feed whose site is {@code site}. */
    static String rss(String site, int feed, int visible, int window, IntFunction<Instant> publishedAt) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"")
                .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
                .append("<title>Mentor ").append(feed).append("</title><link>").append(site).append("</link>");
        for (int k = visible; k > Math.max(0, visible - window); k--) {
            xml.append("<item><guid isPermaLink=\"false\">").append(entryId(feed, k)).append("</guid>")
                    .append("<title>Essay ").append(k).append(" by mentor ").append(feed).append("</title>")
                    .append("<link>").append(site).append('/').append(k).append("</link>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            publishedAt.apply(k).atOffset(ZoneOffset.UTC))).append("</pubDate>")
                    .append("<description>Notes on the work, part ").append(k).append(".</description>")
                    .append("<content:encoded><![CDATA[").append(ESSAY).append("]]></content:encoded></item>");
        }
        return xml.append("</channel></rss>").toString();
    }
}
