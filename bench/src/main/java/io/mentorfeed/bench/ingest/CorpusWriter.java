package io.mentorfeed.bench.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link FeedCorpus}'s documents to a folder, so that a parser outside this JVM (bench/node) reads the very
 * bytes {@link ParseBenchmark} parses: the same arguments and seed give the same corpus.
 * Arguments: DIR FILES MAX_BYTES. Prints {@code corpus files= megabytes= entries=}.
 */
public final class CorpusWriter {
    private CorpusWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        List<FeedCorpus.Document> corpus = FeedCorpus.generate(Integer.parseInt(args[1]), 2048,
                Integer.parseInt(args[2]), 42);
        long bytes = 0;
        long entries = 0;
        for (FeedCorpus.Document document : corpus) {
            Files.write(dir.resolve(document.name() + (document.atom() ? ".atom" : ".rss")), document.bytes());
            bytes += document.bytes().length;
            entries += document.entries();
        }
        System.out.printf(Locale.ROOT, "corpus files=%d megabytes=%.1f entries=%d%n", corpus.size(), bytes / 1e6,
                entries);
    }
}
