package io.mentorfeed.bench.ingest;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParseBenchmark} (ours and bare Rome, same bytes, same run) and prints MB/s, entries/s and the ratio.
 * Arguments: [files] [maxBytes] [warmupIterations] [iterations] [secondsPerIteration] [entryCap]; defaults are
 * FIGURES.md's corpus (200 files, 2 KB to 2 MB) with 3 warm-up and 5 measured iterations of 10 s, and production's
 * entry cap of 200 per feed.
 */
public final class ParseThroughput {
    private ParseThroughput() {}

    public static void main(String[] args) throws Exception {
        String files = arg(args, 0, "200");
        String maxBytes = arg(args, 1, "2097152");
        int warmups = Integer.parseInt(arg(args, 2, "3"));
        int iterations = Integer.parseInt(arg(args, 3, "5"));
        int seconds = Integer.parseInt(arg(args, 4, "10"));
        String entryCap = arg(args, 5, "200");
        Options options = new OptionsBuilder()
                .include(ParseBenchmark.class.getName() + "\\.")
                .param("files", files).param("maxBytes", maxBytes).param("entryCap", entryCap)
                .forks(1).warmupIterations(warmups).measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds))
                .build();
        Collection<RunResult> results = new Runner(options).run();

        ParseBenchmark sizes = new ParseBenchmark();
        sizes.files = Integer.parseInt(files);
        sizes.maxBytes = Integer.parseInt(maxBytes);
        sizes.entryCap = Integer.parseInt(entryCap);
        sizes.generate();
        double megabytes = sizes.corpusBytes() / 1e6;
        double ours = millis(results, "ours");
        double rome = millis(results, "bareRome");
        System.out.printf(Locale.ROOT, "corpus files=%s megabytes=%.1f entries=%d entryCap=%s%n", files, megabytes,
                sizes.corpusEntries(), entryCap);
        print("ours (parse+normalize, limits on)", megabytes, sizes.corpusEntries(), ours);
        print("bare Rome (SyndFeedInput+XmlReader)", megabytes, sizes.corpusEntries(), rome);
        System.out.printf(Locale.ROOT, "ratio ours/bareRome=%.2fx (throughput)%n", rome / ours);
    }

    private static void print(String label, double megabytes, long entries, double millis) {
        System.out.printf(Locale.ROOT, "%-38s msPerCorpus=%.1f MBps=%.1f entriesPerSecond=%.0f%n", label, millis,
                megabytes / (millis / 1000), entries / (millis / 1000));
    }

    private static double millis(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)).findFirst()
                .orElseThrow().getPrimaryResult().getScore();
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
