package io.mentorfeed.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.ParsedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void rssBlogGivesCommentsContentEnclosureAndResolvedLinks() throws Exception {
        ParsedFeed parsed = parse("rss2-blog-with-comments.xml", "https://workbench.example/feed.xml");

        assertThat(parsed.feed().title()).isEqualTo("Notes from the Workbench");
        assertThat(parsed.feed().format()).isEqualTo("rss_2.0");
        assertThat(parsed.feed().language()).isEqualTo("en-gb");
        assertThat(parsed.feed().author()).isEqualTo("Ada Marsh");
        assertThat(parsed.feed().updated()).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
        assertThat(parsed.feed().image()).isEqualTo("https://workbench.example/logo.png");
        assertThat(parsed.feed().self()).isEqualTo("https://workbench.example/feed.xml");
        assertThat(parsed.feed().hub()).isEqualTo("https://hub.workbench.example/");
        assertThat(parsed.entries()).hasSize(3);

        FeedEntry first = parsed.entries().getFirst();
        assertThat(first.id()).isEqualTo("workbench-2026-03-first-customer");
        assertThat(first.title()).isEqualTo("What would you ask a first customer? & why it matters");
        assertThat(first.link()).isEqualTo("https://workbench.example/2026/03/first-customer");
        assertThat(first.author()).isEqualTo("Ada Marsh");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
        assertThat(first.summary()).isEqualTo("A short list of questions I keep coming back to.");
        assertThat(first.contentHtml()).startsWith("<p>Here are my <b>five</b> questions.");
        assertThat(first.categories()).containsExactly("customers", "interviews");
        assertThat(first.commentsUrl()).isEqualTo("https://workbench.example/2026/03/first-customer#comments");
        assertThat(first.commentsFeedUrl()).isEqualTo("https://workbench.example/2026/03/first-customer/feed/");
        assertThat(first.commentCount()).isEqualTo(12);
        assertThat(first.enclosures()).containsExactly(new Enclosure(
                "https://workbench.example/media/first-customer.mp3", "audio/mpeg", 2_400_000L));
        assertThat(first.media()).isNull();
    }

    @Test
    void idFallsBackToLinkThenToAStableHash() throws Exception {
        ParsedFeed parsed = parse("rss2-blog-with-comments.xml", "https://workbench.example/feed.xml");
        ParsedFeed again = parse("rss2-blog-with-comments.xml", "https://workbench.example/feed.xml");

        assertThat(parsed.entries().get(1).id()).isEqualTo("https://workbench.example/2026/02/pricing");
        FeedEntry noLink = parsed.entries().get(2);
        assertThat(noLink.link()).isNull();
        assertThat(noLink.id()).startsWith("sha256:").isEqualTo(again.entries().get(2).id());
    }

    @Test
    void atomLinksAreResolvedAgainstXmlBase() throws Exception {
        ParsedFeed parsed = parse("atom-xml-base.xml", "https://elsewhere.example/feeds/field-notes");

        assertThat(parsed.feed().format()).isEqualTo("atom_1.0");
        assertThat(parsed.feed().link()).isEqualTo("https://field-notes.example/blog/");
        assertThat(parsed.feed().self()).isEqualTo("https://field-notes.example/blog/atom.xml");
        assertThat(parsed.feed().hub()).isEqualTo("https://pubsub.example/");
        assertThat(parsed.feed().image()).isEqualTo("https://field-notes.example/favicon.png");
        assertThat(parsed.feed().author()).isEqualTo("Rosa Lind");
        assertThat(parsed.entries()).extracting(FeedEntry::link).containsExactly(
                "https://field-notes.example/blog/posts/teams-and-trust.html",
                "https://field-notes.example/archive/older-note.html");
        FeedEntry first = parsed.entries().getFirst();
        assertThat(first.title()).isEqualTo("Teams & trust");
        assertThat(first.contentHtml()).isEqualTo("<p>Trust is built in <em>small</em> deposits.</p>");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void youtubeEntryCarriesMediaRssFields() throws Exception {
        ParsedFeed parsed = parse("youtube-channel.xml", "https://www.youtube.com/feeds/videos.xml?channel_id=x");

        assertThat(parsed.feed().link()).isEqualTo("https://www.youtube.com/channel/UCexampleChannel0001");
        FeedEntry video = parsed.entries().getFirst();
        assertThat(video.id()).isEqualTo("yt:video:abcDEF12345");
        assertThat(video.title()).isEqualTo("Live Q&A: your questions about launching");
        assertThat(video.link()).isEqualTo("https://www.youtube.com/watch?v=abcDEF12345");
        assertThat(video.summary()).isEqualTo("Drop your questions below and I will answer them next week.");
        assertThat(video.media().thumbnailUrl()).isEqualTo("https://i1.ytimg.example/vi/abcDEF12345/hqdefault.jpg");
        assertThat(video.media().playerUrl()).isEqualTo("https://www.youtube.com/v/abcDEF12345?version=3");
        assertThat(video.media().views()).isEqualTo(15230L);
        assertThat(video.media().rating()).isEqualTo(4.9);
    }

    @Test
    void podcastEpisodeCarriesItunesFields() throws Exception {
        ParsedFeed parsed = parse("podcast-itunes.xml", "https://quiet-founders.example/feed");

        assertThat(parsed.feed().image()).isEqualTo("https://quiet-founders.example/cover.jpg");
        assertThat(parsed.feed().author()).isEqualTo("Sam Okafor");
        FeedEntry episode = parsed.entries().getFirst();
        assertThat(episode.id()).isEqualTo("qf-ep-42");
        assertThat(episode.enclosures()).singleElement().extracting(Enclosure::length).isEqualTo(48_211_200L);
        assertThat(episode.media().durationSeconds()).isEqualTo(3723L);
        assertThat(episode.media().season()).isEqualTo(3);
        assertThat(episode.media().episode()).isEqualTo(42);
        assertThat(episode.media().episodeType()).isEqualTo("full");
        assertThat(episode.media().explicit()).isTrue();
        assertThat(episode.media().thumbnailUrl()).isEqualTo("https://quiet-founders.example/ep42.jpg");
    }

    @Test
    void entriesAreCappedInFeedOrder() throws Exception {
        ParsedFeed parsed = new FeedParser(2).parse(fixture("rss2-blog-with-comments.xml"), "application/rss+xml",
                URI.create("https://workbench.example/feed.xml"));

        assertThat(parsed.entries()).extracting(FeedEntry::title)
                .containsExactly("What would you ask a first customer? & why it matters", "Pricing is a conversation");
    }

    @Test
    void charsetComesFromTheHttpContentType() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 cr\u00e8me</title>"
                + "<link>https://cafe.example/</link><description>d</description></channel></rss>";
        byte[] latin1 = rss.getBytes(StandardCharsets.ISO_8859_1);

        ParsedFeed parsed = parser.parse(latin1, "text/xml; charset=ISO-8859-1", URI.create("https://cafe.example/rss"));

        assertThat(parsed.feed().title()).isEqualTo("Caf\u00e9 cr\u00e8me");
    }

    @Test
    void brokenXmlFailsWithAOneLineReason() {
        assertThatThrownBy(() -> parse("broken.xml", "https://broken.example/feed"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("title")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void notAFeedIsRefused() {
        byte[] html = "<html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(html, "text/html", URI.create("https://x.example/")))
                .isInstanceOf(FeedParseException.class);
        assertThatThrownBy(() -> parser.parse(new byte[0], null, URI.create("https://x.example/")))
                .isInstanceOf(FeedParseException.class).hasMessage("empty body");
    }

    @Test
    void doctypeAndEntityBombIsRefusedQuickly() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> parse("doctype-entity-bomb.xml", "https://bomb.example/feed"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void atomFeedLevelLinksAreResolvedAgainstTheRootsXmlBase() throws Exception {
        ParsedFeed parsed = parse("atom-root-xml-base-relative-links.xml", "https://cdn.example/studio.atom");

        assertThat(parsed.feed().hub()).isEqualTo("https://studio.example/websub/hub");
        assertThat(parsed.feed().self()).isEqualTo("https://studio.example/feed.atom");
    }

    private ParsedFeed parse(String name, String feedUrl) throws Exception {
        return parser.parse(fixture(name), "application/xml", URI.create(feedUrl));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture feeds/" + name);
            }
            return in.readAllBytes();
        }
    }
}
