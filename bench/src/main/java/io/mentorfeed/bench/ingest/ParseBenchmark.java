package io.mentorfeed.bench.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = parsing the whole generated corpus once, on one thread. {@code ours} is mentorfeed's parse and
 * normalize with every safety limit on; {@code bareRome} is FIGURES.md's baseline: Rome's SyndFeedInput over an
 * XmlReader on the same bytes, nothing normalized.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    @Param("200")
    public int files;
    @Param("2097152")
    public int maxBytes;
    /** Entries normalized per feed: production's cap (200) by default; bench/run lifts it so that every parser
     * compared hands back every entry. */
    @Param("200")
    public int entryCap;

    private List<FeedCorpus.Document> corpus;
    private FeedParser parser;
    private final URI base = URI.create("https://bench.example/feed");

    @Setup
    public void generate() {
        corpus = FeedCorpus.generate(files, 2048, maxBytes, 42);
        parser = new FeedParser(entryCap);
    }

    @Benchmark
    public void ours(Blackhole sink) throws Exception {
        for (FeedCorpus.Document document : corpus) {
            ParsedFeed parsed = parser.parse(document.bytes(), document.atom() ? "application/atom+xml"
                    : "application/rss+xml", base);
            sink.consume(parsed);
        }
    }

    @Benchmark
    public void bareRome(Blackhole sink) throws Exception {
        for (FeedCorpus.Document document : corpus) {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document.bytes()), true)) {
                SyndFeed feed = input.build(reader);
                sink.consume(feed);
            }
        }
    }

    public long corpusBytes() {
        return corpus.stream().mapToLong(d -> d.bytes().length).sum();
    }

    public long corpusEntries() {
        return corpus.stream().mapToLong(FeedCorpus.Document::entries).sum();
    }
}
