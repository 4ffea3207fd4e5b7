package io.mentorfeed.bench.signals;

import io.mentorfeed.ingest.parse.FeedParseException;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.processor.signals.evaluation.LabelledPost;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled posts as the processor really gets them: each written into the feed its style publishes (an RSS
 * item with content:encoded; a YouTube description in an Atom media:group) and read back by ingest's own parser,
 * sanitizer included. If the evaluation through ingest scores lower than on the posts as written, ingest takes
 * away something the signals need.
 */
final class ThroughIngest {
    private final FeedParser parser = new FeedParser(10);

    List<LabelledPost> read(List<LabelledPost> posts) throws FeedParseException {
        List<LabelledPost> read = new ArrayList<>();
        for (LabelledPost post : posts) {
            boolean youtube = post.style().equals("youtube");
            byte[] document = (youtube ? atom(post) : rss(post)).getBytes(StandardCharsets.UTF_8);
            FeedEntry entry = parser.parse(document, null, URI.create("https://" + post.feed() + ".example/feed"))
                    .entries().getFirst();
            String body = youtube ? entry.summary() : entry.contentHtml();
            read.add(new LabelledPost(post.id(), post.feed(), post.style(), post.kind(), post.published(),
                    entry.title(), body, labels(post), post.eventDate(), post.eventPlace(), post.part()));
        }
        return read;
    }

    private static java.util.Map<io.mentorfeed.model.Signal.Kind, LabelledPost.Label> labels(LabelledPost post) {
        java.util.Map<io.mentorfeed.model.Signal.Kind, LabelledPost.Label> labels = new java.util.EnumMap<>(
                io.mentorfeed.model.Signal.Kind.class);
        for (var kind : io.mentorfeed.model.Signal.Kind.values()) {
            if (post.label(kind) != null) {
                labels.put(kind, post.label(kind));
            }
        }
        return labels;
    }

    private static String rss(LabelledPost post) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + escape(post.feed())
                + "</title><link>https://" + post.feed() + ".example/</link><description>d</description><item><title>"
                + escape(post.title()) + "</title><link>https://" + post.feed() + ".example/" + post.id()
                + "</link><guid>" + post.id() + "</guid><content:encoded>" + cdata(post.body())
                + "</content:encoded></item></channel></rss>";
    }

    private static String atom(LabelledPost post) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\"><title>" + escape(post.feed()) + "</title><id>urn:"
                + post.feed() + "</id><updated>2026-01-01T00:00:00Z</updated><entry><id>" + post.id() + "</id><title>"
                + escape(post.title()) + "</title><link href=\"https://" + post.feed() + ".example/" + post.id()
                + "\"/><updated>2026-01-01T00:00:00Z</updated><media:group><media:description>" + escape(post.body())
                + "</media:description></media:group></entry></feed>";
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
