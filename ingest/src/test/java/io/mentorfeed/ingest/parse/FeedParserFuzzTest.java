package io.mentorfeed.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mentorfeed.model.ParsedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the feed parser with real feeds mutated byte by byte and with generated RSS, Atom and JSON Feed documents
 * full of arbitrary text. Whatever the bytes, the parser answers within a few seconds with a feed of at most
 * max-entries-per-feed entries or with its one documented failure, {@link FeedParseException}. 200 tries per property
 * in the suite; more on demand with {@code -Djqwik.tries.default=20000} (see docs/reliability.md).
 */
class FeedParserFuzzTest {
    private static final URI URL = URI.create("https://fuzz.example/feed");
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 20;
    private static final List<String> SEEDS = List.of("feeds/rss2-blog-with-comments.xml", "feeds/atom-xml-base.xml",
            "feeds/jsonfeed-1.1.json", "feeds/podcast-itunes.xml", "feeds/youtube-channel.xml",
            "feeds/rss10-dublin-core.xml", "feeds/atom03.xml", "hostile/dates-year-0-to-9999.xml");
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "application/rss+xml; charset=utf-8",
            "application/atom+xml", "application/feed+json", "text/html; charset=iso-8859-1", "application/json");

    private final FeedParser parser = new FeedParser(MAX_ENTRIES);

    @Property
    void mutatedRealFeeds(@ForAll("seeds") byte[] seed, @ForAll("mutations") List<Mutation> mutations,
                          @ForAll("contentTypes") String contentType) {
        byte[] body = seed;
        for (Mutation mutation : mutations) {
            body = mutation.apply(body);
        }
        assertParsesOrRefuses(body, contentType);
    }

    @Property
    void generatedDocuments(@ForAll("documents") String document, @ForAll("contentTypes") String contentType) {
        assertParsesOrRefuses(document.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Property
    void arbitraryBytes(@ForAll("bytes") byte[] body, @ForAll("contentTypes") String contentType) {
        assertParsesOrRefuses(body, contentType);
    }

    private void assertParsesOrRefuses(byte[] body, String contentType) {
        assertTimeoutPreemptively(PER_DOCUMENT, () -> {
            try {
                ParsedFeed parsed = parser.parse(body, contentType, URL);
                assertThat(parsed.feed()).isNotNull();
                assertThat(parsed.entries()).hasSizeLessThanOrEqualTo(MAX_ENTRIES)
                        .allSatisfy(entry -> assertThat(entry.id()).isNotBlank());
            } catch (FeedParseException refused) {
                assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(400);
            }
        });
    }

    @Provide
    Arbitrary<byte[]> seeds() {
        return Arbitraries.of(SEEDS).map(FeedParserFuzzTest::resource);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers(),
                Arbitraries.integers().between(1, 64), Arbitraries.of((byte) '<', (byte) '>', (byte) '&', (byte) '"',
                        (byte) 0, (byte) 0xC3, (byte) 0xFF, (byte) '{', (byte) ']', (byte) ' ')).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    /** RSS, Atom or JSON Feed shells around arbitrary text, raw (so often ill-formed) or escaped. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("&amp;", "&lt;script&gt;", "&nbsp;", "&#0;", "&#xD800;", "]]>", "<![CDATA[x]]>",
                        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "0000-01-01T00:00:00Z", "Sat, 01 Jan 0000 00:00:00 GMT",
                        "+999999999-12-31T23:59:59Z", "javascript:alert(1)", "\u0000", "\ud83d\ude00", "%s%n"));
        return Combinators.combine(Arbitraries.integers().between(0, 2), text.list().ofMinSize(6).ofMaxSize(6))
                .as((kind, t) -> switch (kind) {
                    case 0 -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + t.get(0) + "</title>"
                            + "<link>" + t.get(1) + "</link><item><guid>" + t.get(2) + "</guid><title>" + t.get(3)
                            + "</title><pubDate>" + t.get(4) + "</pubDate><description>" + t.get(5)
                            + "</description></item></channel></rss>";
                    case 1 -> "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + t.get(0) + "</title><entry><id>"
                            + t.get(1) + "</id><link href=\"" + t.get(2) + "\"/><updated>" + t.get(3)
                            + "</updated><content type=\"html\">" + t.get(4) + "</content><title>" + t.get(5)
                            + "</title></entry></feed>";
                    default -> "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"" + t.get(0)
                            + "\",\"items\":[{\"id\":\"" + t.get(1) + "\",\"url\":\"" + t.get(2)
                            + "\",\"date_published\":\"" + t.get(3) + "\",\"content_html\":\"" + t.get(4)
                            + "\",\"tags\":[\"" + t.get(5) + "\"]}]}";
                });
    }

    /** One change to a body: a byte set, a slice cut or repeated, or a run of one byte inserted. */
    record Mutation(int kind, int position, int length, byte value) {
        byte[] apply(byte[] body) {
            if (body.length == 0) {
                return new byte[] {value};
            }
            int at = Math.floorMod(position, body.length);
            int end = Math.min(body.length, at + length);
            return switch (kind) {
                case 0 -> set(body, at);
                case 1 -> join(Arrays.copyOfRange(body, 0, at), Arrays.copyOfRange(body, end, body.length));
                case 2 -> join(Arrays.copyOfRange(body, 0, end), Arrays.copyOfRange(body, at, body.length));
                default -> join(join(Arrays.copyOfRange(body, 0, at), run()), Arrays.copyOfRange(body, at, body.length));
            };
        }

        private byte[] set(byte[] body, int at) {
            byte[] copy = body.clone();
            copy[at] = value;
            return copy;
        }

        private byte[] run() {
            byte[] run = new byte[length];
            Arrays.fill(run, value);
            return run;
        }

        private static byte[] join(byte[] first, byte[] second) {
            byte[] joined = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, joined, first.length, second.length);
            return joined;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FeedParserFuzzTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
