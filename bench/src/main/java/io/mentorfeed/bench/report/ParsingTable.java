package io.mentorfeed.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 2: the three parsers on the same generated corpora, one thread each, with ours over each; and fidelity. */
final class ParsingTable {
    private static final Map<String, String> PARSERS = Map.of(
            "ours", "mentorfeed `FeedParser.parse` (charset detection, DOCTYPE checks, every element family, HTML sanitized)",
            "rome", "bare Rome: `SyndFeedInput` + `XmlReader`, nothing normalized",
            "rss-parser", "rss-parser on node (`parseString`, UTF-8 decoding included)");

    private final List<Figure> figures;

    ParsingTable(List<Figure> figures) {
        this.figures = figures;
    }

    void write(StringBuilder out) {
        out.append("## 2. Parsing generated corpora, one thread\n\n");
        for (String corpus : List.of("bench", "figures")) {
            writeCorpus(corpus, out);
        }
        out.append("Java: JMH (`ParseBenchmark`, one op = the whole corpus); node: the same loop timed with "
                + "`performance.now()` after a warm-up. Every entry is normalized (no entry cap). `bench` is "
                + "bench/run's own corpus, `figures` FIGURES.md's kind (200 files, 2 KB to 2 MB).\n\n");
        writeFidelity(out);
    }

    private void writeCorpus(String corpus, StringBuilder out) {
        Optional<Figure> description = figures.stream().filter(f -> f.kind().equals("corpus")
                && corpus.equals(f.fields().getOrDefault("name", "bench"))).findFirst();
        if (description.isEmpty() && parser(corpus, "ours").isEmpty()) {
            return;
        }
        description.ifPresent(c -> out.append("Corpus `").append(corpus).append("`: ").append(c.text("files"))
                .append(" files, RSS 2.0 and Atom alternating, ").append(c.text("megabytes")).append(" MB, ")
                .append(Cells.number(c.number("entries"), 0)).append(" entries.\n\n"));
        out.append("| parser | MB/s | entries/s | ours / parser (MB/s) |\n|---|---|---|---|\n");
        Optional<Figure> ours = parser(corpus, "ours");
        for (String name : List.of("ours", "rome", "rss-parser")) {
            out.append("| ").append(PARSERS.get(name)).append(" | ");
            Optional<Figure> row = parser(corpus, name);
            if (row.isEmpty() || row.get().skipped()) {
                out.append("skipped: failed or no time left | | |\n");
                continue;
            }
            out.append(Cells.number(row.get().number("MBps"), 1)).append(" | ")
                    .append(Cells.number(row.get().number("entriesPerSecond"), 0)).append(" | ")
                    .append(name.equals("ours") || ours.isEmpty() || ours.get().skipped() ? Cells.NONE
                            : Cells.ratio(ours.get().number("MBps"), row.get().number("MBps")))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** The same three parsers on the element-family fixtures: expectations met, and ours over each. */
    private void writeFidelity(StringBuilder out) {
        Optional<Figure> total = figures.stream().filter(f -> f.kind().equals("fidelity") && f.is("total", "1"))
                .findFirst();
        if (total.isEmpty()) {
            return;
        }
        out.append("### Fidelity on the element-family fixtures\n\n");
        if (total.get().skipped()) {
            out.append("skipped: failed or no time left\n\n");
            return;
        }
        long families = figures.stream().filter(f -> f.kind().equals("fidelity") && f.fields().containsKey("family"))
                .count();
        out.append(total.get().text("cases")).append(" documents written from the specs, ").append(families)
                .append(" element families (per family: bench/results/fidelity.md).\n\n");
        out.append("| parser | expectations met | ours / parser |\n|---|---|---|\n");
        double ours = met(total.get().text("ours"));
        for (String name : List.of("ours", "rome", "rssparser")) {
            String cell = total.get().text(name);
            out.append("| ").append(PARSERS.get(name.equals("rssparser") ? "rss-parser" : name)).append(" | ")
                    .append(cell.isEmpty() ? "not run" : cell).append(" | ")
                    .append(name.equals("ours") || cell.isEmpty() ? Cells.NONE
                            : Cells.ratio(java.util.OptionalDouble.of(ours), java.util.OptionalDouble.of(met(cell))))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** "217/457" -> 217. */
    private static double met(String heldOfTotal) {
        int slash = heldOfTotal.indexOf('/');
        return slash < 0 ? 0 : Double.parseDouble(heldOfTotal.substring(0, slash));
    }

    /** A parser's figure on a corpus; figures written before there were two corpora are the bench corpus. */
    private Optional<Figure> parser(String corpus, String name) {
        return figures.stream().filter(f -> f.kind().equals("parse") && f.is("parser", name)
                && corpus.equals(f.fields().getOrDefault("corpus", "bench"))).findFirst();
    }
}
