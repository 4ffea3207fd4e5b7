package io.mentorfeed.ingest.parse;

import static io.mentorfeed.ingest.parse.FeedParserTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.ParsedFeed;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every format of the issue, each from its own fixture, into the normalized entry. */
class FeedFormatsTest {
    private final FeedParser parser = new FeedParser();

    @ParameterizedTest
    @CsvSource({"rss091.xml, rss_0.91U, 091", "rss092.xml, rss_0.92, 092", "rss093.xml, rss_0.93, 093",
            "rss094.xml, rss_0.94, 094"})
    void rss09xChannelsAreRead(String fixture, String format, String version) throws Exception {
        ParsedFeed parsed = parser.parse(fixture(fixture), "application/rss+xml",
                URI.create("https://v" + version + ".example/rss"));

        assertThat(parsed.feed().format()).isEqualTo(format);
        assertThat(parsed.feed().link()).isEqualTo("https://v" + version + ".example/");
        FeedEntry item = parsed.entries().getFirst();
        assertThat(item.link()).isEqualTo("https://v" + version + ".example/item");
        assertThat(item.id()).isEqualTo(item.link());
        assertThat(item.summary()).startsWith("What <b>");
    }

    @Test
    void rss090IsRead() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("rss090-rdf.xml"), null, URI.create("https://early.example/rss"));

        assertThat(parsed.feed().format()).isEqualTo("rss_0.9");
        assertThat(parsed.feed().title()).isEqualTo("Early Days");
        assertThat(parsed.entries()).extracting(FeedEntry::title).containsExactly("First light");
    }

    @Test
    void rss10WithDublinCoreContentAndSlash() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("rss10-dublin-core.xml"), "application/rdf+xml",
                URI.create("https://rdf.example/rss"));

        assertThat(parsed.feed().format()).isEqualTo("rss_1.0");
        assertThat(parsed.feed().language()).isEqualTo("fr");
        FeedEntry item = parsed.entries().getFirst();
        assertThat(item.author()).isEqualTo("Lise Moreau");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-10-01T06:30:00Z"));
        assertThat(item.contentHtml()).isEqualTo("<p>What do <em>you</em> think?</p>");
        assertThat(item.categories()).containsExactly("questions");
        assertThat(item.commentCount()).isEqualTo(4);
    }

    @Test
    void atom03IsRead() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("atom03.xml"), "application/atom+xml",
                URI.create("https://atom03.example/atom"));

        assertThat(parsed.feed().format()).isEqualTo("atom_0.3");
        assertThat(parsed.feed().title()).isEqualTo("Old Atom");
        FeedEntry entry = parsed.entries().getFirst();
        assertThat(entry.id()).isEqualTo("tag:atom03.example,2026:1");
        assertThat(entry.link()).isEqualTo("https://atom03.example/zero-point-three");
        assertThat(parsed.feed().author()).isEqualTo("Odile Brandt");
        assertThat(entry.summary()).isEqualTo("Still out there.");
    }

    @Test
    void jsonFeed11GivesTheNormalizedEntry() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("jsonfeed-1.1.json"), "application/feed+json",
                URI.create("https://letters.example/feed.json"));

        assertThat(parsed.feed().format()).isEqualTo("json-1.1");
        assertThat(parsed.feed().title()).isEqualTo("Maker Letters");
        assertThat(parsed.feed().author()).isEqualTo("Priya Nair");
        assertThat(parsed.feed().image()).isEqualTo("https://letters.example/icon.png");
        assertThat(parsed.feed().hub()).isEqualTo("https://hub.letters.example/");
        assertThat(parsed.feed().self()).isEqualTo("https://letters.example/feed.json");
        FeedEntry first = parsed.entries().getFirst();
        assertThat(first.id()).isEqualTo("letter-42");
        assertThat(first.title()).isEqualTo("Join me in Lisbon & say hello");
        assertThat(first.link()).isEqualTo("https://letters.example/2026/11/letter-42");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(first.contentHtml()).contains("<b>Web Summit</b>");
        assertThat(first.categories()).containsExactly("events", "talks");
        assertThat(first.enclosures()).containsExactly(
                new Enclosure("https://letters.example/audio/42.mp3", "audio/mpeg", 123456L));
        assertThat(first.media().durationSeconds()).isEqualTo(1800);
        assertThat(first.media().thumbnailUrl()).isEqualTo("https://letters.example/img/lisbon.jpg");
        assertThat(parsed.entries().get(1).summary()).isNull();
        assertThat(parsed.entries().get(1).contentHtml()).isEqualTo("Plain text only.");
        assertThat(parsed.entries().get(1).contentType()).isEqualTo("text");
    }

    @Test
    void jsonFeed10IsRecognizedWithoutAContentType() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("jsonfeed-1.0.json"), null, URI.create("https://oldjson.example/f"));

        assertThat(parsed.feed().format()).isEqualTo("json-1");
        assertThat(parsed.feed().author()).isEqualTo("Sam Okafor");
        assertThat(parsed.entries()).extracting(FeedEntry::author).containsExactly("Sam Okafor");
    }

    @Test
    void rssTtlIsHandedToTheScheduler() throws Exception {
        byte[] rss = ("<rss version=\"2.0\"><channel><title>t</title><link>https://t.example/</link>"
                + "<description>d</description><ttl>90</ttl></channel></rss>").getBytes();

        assertThat(parser.parseDocument(rss, null, URI.create("https://t.example/rss")).ttl())
                .isEqualTo(Duration.ofMinutes(90));
    }
}
