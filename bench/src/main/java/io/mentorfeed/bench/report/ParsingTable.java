package io.mentorfeed.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 2: the three parsers on the same generated corpus, one thread each, with ours over each of them. */
final class ParsingTable {
    private static final Map<String, String> PARSERS = Map.of(
            "ours", "mentorfeed `FeedParser.parse` (charset detection, DOCTYPE refused, full normalization)",
            "rome", "bare Rome: `SyndFeedInput` + `XmlReader`, nothing normalized",
            "rss-parser", "rss-parser on node (`parseString`, UTF-8 decoding included)");

    private final List<Figure> figures;

    ParsingTable(List<Figure> figures) {
        this.figures = figures;
    }

    void write(StringBuilder out) {
        out.append("## 2. Parsing a generated corpus, one thread\n\n");
        figures.stream().filter(f -> f.kind().equals("corpus")).findFirst().ifPresent(corpus -> out
                .append("Corpus: ").append(corpus.text("files")).append(" files, RSS 2.0 and Atom alternating, 2 KB "
                        + "to 5 MB, ").append(corpus.text("megabytes")).append(" MB, ")
                .append(Cells.number(corpus.number("entries"), 0)).append(" entries.\n\n"));
        out.append("| parser | MB/s | entries/s | ours / parser (MB/s) |\n|---|---|---|---|\n");
        Optional<Figure> ours = parser("ours");
        for (String name : List.of("ours", "rome", "rss-parser")) {
            out.append("| ").append(PARSERS.get(name)).append(" | ");
            Optional<Figure> row = parser(name);
            if (row.isEmpty() || row.get().skipped()) {
                out.append("skipped: failed or no time left | | |\n");
                continue;
            }
            out.append(Cells.number(row.get().number("MBps"), 1)).append(" | ")
                    .append(Cells.number(row.get().number("entriesPerSecond"), 0)).append(" | ")
                    .append(name.equals("ours") || ours.isEmpty() ? Cells.NONE
                            : Cells.ratio(ours.get().number("MBps"), row.get().number("MBps")))
                    .append(" |\n");
        }
        out.append("\nJava: JMH (`ParseBenchmark`, one op = the whole corpus); node: the same loop timed with "
                + "`performance.now()` after a warm-up. Every entry is normalized (no entry cap).\n\n");
    }

    private Optional<Figure> parser(String name) {
        return figures.stream().filter(f -> f.kind().equals("parse") && f.is("parser", name)).findFirst();
    }
}
