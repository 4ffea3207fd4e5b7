package io.mentorfeed.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.ParsedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bodies that break the rules of bytes, size and time: invalid UTF-8, NUL bytes, 100,000 entries, megabyte titles,
 * dates from year 0 to 9999. Each is read within its limits or refused with a {@link FeedParseException}, quickly.
 * (Entity bombs and external entities: {@link HostileFeedTest} and FeedParserTest.)
 */
class HostileFeedBodiesTest {
    private static final URI URL = URI.create("https://hostile.example/feed");
    private final FeedParser parser = new FeedParser();

    @Test
    void invalidUtf8IsDecodedWithAFallbackCharsetNotRefused() throws Exception {
        ParsedFeed parsed = parser.parse(fixture("invalid-utf8.xml"), "application/rss+xml; charset=utf-8", URL);

        assertThat(parsed.feed().title()).startsWith("Bytes").contains("that lie");
        assertThat(parsed.entries()).singleElement().satisfies(e -> assertThat(e.title()).startsWith("Caf"));
    }

    @Test
    void nulBytesMakeTheXmlIllFormedAndTheFeedIsRefusedWithAReason() {
        assertThatThrownBy(() -> parser.parse(fixture("nul-bytes.xml"), null, URL))
                .isInstanceOf(FeedParseException.class).hasMessageNotContaining("\u0000");
    }

    @Test
    void nulAndControlCharactersInAJsonFeedStayOutOfTheEntry() throws Exception {
        byte[] json = ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\\u0000\",\"items\":[{\"id\":\"n\","
                + "\"title\":\"A\\u0000B\\u0007C\",\"content_html\":\"<p>x\\u0000y</p>\"}]}").getBytes(StandardCharsets.UTF_8);

        FeedEntry entry = parser.parse(json, "application/feed+json", URL).entries().getFirst();

        assertThat(entry.title()).doesNotContain("\u0000", "\u0007").contains("A", "B", "C");
    }

    @Test
    void aHundredThousandEntriesAreCutToTheLimitQuickly() throws Exception {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>"
                + "<link>https://many.example/</link><description>d</description>");
        for (int i = 0; i < 100_000; i++) {
            rss.append("<item><guid>g").append(i).append("</guid><title>t").append(i).append("</title></item>");
        }
        byte[] body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();

        ParsedFeed parsed = new FeedParser(200).parse(body, null, URL);

        // About a second alone; generous for a loaded CI machine.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(parsed.entries()).hasSize(200);
        assertThat(parsed.entries().getFirst().id()).isEqualTo("g0");
        assertThat(parsed.entries().getLast().id()).isEqualTo("g199");
    }

    @Test
    void aMegabyteTitleIsCutSoTheEntryFitsAKafkaRecord() throws Exception {
        String huge = "Title ".repeat(200_000);
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + huge + "</title>"
                + "<link>https://big.example/</link><description>d</description><item><guid>big</guid><title>" + huge
                + "</title><author>" + huge + "</author><category>" + huge + "</category><description>" + huge
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        ParsedFeed parsed = parser.parse(rss, null, URL);

        FeedEntry entry = parsed.entries().getFirst();
        assertThat(parsed.feed().title().length()).isLessThanOrEqualTo(Texts.MAX_PLAIN_CHARS + 1);
        assertThat(entry.title()).startsWith("Title Title").hasSizeLessThanOrEqualTo(Texts.MAX_PLAIN_CHARS + 1);
        assertThat(entry.author().length()).isLessThanOrEqualTo(Texts.MAX_PLAIN_CHARS + 1);
        assertThat(entry.categories()).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(Texts.MAX_PLAIN_CHARS + 1));
        assertThat(entry.summary().length()).isLessThanOrEqualTo(Texts.MAX_HTML_CHARS + 1);
    }

    @Test
    void aMegabyteOfContentIsCutToTheHtmlLimit() throws Exception {
        String content = "<p>" + "word ".repeat(250_000) + "</p>";
        byte[] json = ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[{\"id\":\"big\","
                + "\"title\":\"" + "T".repeat(1_000_000) + "\",\"content_html\":\"" + content + "\",\"summary\":\""
                + content + "\"}]}").getBytes(StandardCharsets.UTF_8);

        FeedEntry entry = parser.parse(json, "application/feed+json", URL).entries().getFirst();

        assertThat(entry.title().length()).isLessThanOrEqualTo(Texts.MAX_PLAIN_CHARS + 1);
        assertThat(entry.contentHtml().length()).isLessThanOrEqualTo(Texts.MAX_HTML_CHARS + 1);
        assertThat(entry.summary().length()).isLessThanOrEqualTo(Texts.MAX_HTML_CHARS + 1);
        assertThat(entry.contentHtml()).startsWith("<p>word word");
    }

    @Test
    void anEntryWithEveryFieldOversizedInThreeByteCharactersStillFitsAKafkaRecord() throws Exception {
        String big = "€".repeat(300_000);
        StringBuilder item = new StringBuilder("<item><guid>" + "g".repeat(10_000) + "</guid><title>" + big
                + "</title><link>https://big.example/" + "€".repeat(4_000) + "</link><author>" + big + "</author>"
                + "<comments>https://big.example/c/" + "€".repeat(4_000) + "</comments><description>" + big
                + "</description><content:encoded><![CDATA[<p>" + big + "</p>]]></content:encoded>");
        for (int i = 0; i < 200; i++) {
            item.append("<category>").append(i).append("€".repeat(2_500)).append("</category>");
            item.append("<enclosure url=\"https://big.example/").append(i).append("€".repeat(3_000))
                    .append("\" type=\"audio/mpeg\" length=\"1\"/>");
        }
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                + "content/\"><channel><title>" + big + "</title><link>https://big.example/</link><description>" + big
                + "</description>" + item + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        ParsedFeed parsed = parser.parse(rss, null, URL);

        FeedEntry entry = parsed.entries().getFirst();
        assertThat(entry.id()).startsWith("sha256:");
        assertThat(entry.categories()).hasSize(Texts.MAX_CATEGORIES);
        assertThat(entry.enclosures()).hasSize(Texts.MAX_ENCLOSURES);
        int bytes = Json.mapper().writeValueAsBytes(parsed.feed()).length
                + Json.mapper().writeValueAsBytes(entry).length;
        assertThat(bytes).as("an entry and its feed, as JSON").isLessThan(1_000_000);
    }

    @Test
    void datesFromYearZeroToNineThousandNineHundredNinetyNineAreKeptAndNonsenseIsDropped() throws Exception {
        Map<String, FeedEntry> atom = byId(parser.parse(fixture("dates-year-0-to-9999.xml"), null, URL));
        // Rome reads dates before 1582 in the Julian calendar: a day or two off, harmless for a date no post has.
        assertThat(atom.get("urn:e:year0").published())
                .isBetween(Instant.parse("-0001-12-28T00:00:00Z"), Instant.parse("0000-01-03T00:00:00Z"));
        assertThat(atom.get("urn:e:year1").updated())
                .isBetween(Instant.parse("0000-12-29T00:00:00Z"), Instant.parse("0001-01-03T00:00:00Z"));
        assertThat(atom.get("urn:e:epoch").updated()).isEqualTo(Instant.EPOCH);
        assertThat(atom.get("urn:e:year9999").published()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(atom.get("urn:e:nonsense").updated()).isNull();

        Map<String, FeedEntry> rss = byId(parser.parse(fixture("dates-year-0-to-9999-rss.xml"), null, URL));
        assertThat(rss.get("rss-year9999").published()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(rss.get("rss-bad").published()).isNull();
        assertThat(rss).containsKey("rss-year0");

        Map<String, FeedEntry> json = byId(parser.parse(fixture("dates-year-0-to-9999.json"), null, URL));
        assertThat(json.get("j-year0").published()).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
        assertThat(json.get("j-year9999").published()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(json.get("j-bad").published()).isNull();
        assertThat(json).containsKey("j-far");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreDroppedAtIngest() throws Exception {
        FeedEntry entry = parser.parse(fixture("scripts-in-content.xml"), null, URL).entries().getFirst();

        assertThat(entry.title()).isEqualTo("Hello");
        assertThat(entry.link()).isNull();
        assertThat(entry.id()).isEqualTo("xss");
        assertThat(entry.summary()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void elementsNestedDeeperThanAnyFeedAreRefusedWithAReason() {
        String deep = "<rss version=\"2.0\"><channel><title>Deep</title><item><title>t</title><description>"
                + "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000) + "</description></item></channel></rss>";

        assertThatThrownBy(() -> parser.parse(deep.getBytes(StandardCharsets.UTF_8), null, URL))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("depth");
    }

    @Test
    void markupNestedDeepButWithinTheLimitsIsReadWithoutRunningOutOfStack() throws Exception {
        // 250 levels of naked markup: within the XML depth limit (512) and the sanitizer's (256, OWASP's balancer).
        String nested = "<rss version=\"2.0\"><channel><title>Nested</title><item><title>t</title><description>"
                + "<div>".repeat(250) + "deep text" + "</div>".repeat(250) + "</description></item></channel></rss>";

        FeedEntry entry = parser.parse(nested.getBytes(StandardCharsets.UTF_8), null, URL).entries().getFirst();

        assertThat(entry.summary()).contains("deep text");
    }

    private static Map<String, FeedEntry> byId(ParsedFeed feed) {
        return feed.entries().stream().collect(Collectors.toMap(FeedEntry::id, Function.identity()));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = HostileFeedBodiesTest.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture hostile/" + name);
            }
            return in.readAllBytes();
        }
    }
}
