package io.mentorfeed.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes bench/run's table as Markdown from the figures file the run filled ({@link Figure}, one line each): the
 * machine's description, then the four sections. Argument: FIGURES_FILE; the Markdown goes to stdout.
 */
public final class BenchReport {
    private BenchReport() {}

    public static void main(String[] args) throws Exception {
        System.out.print(render(Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank())
                .map(Figure::parse).toList()));
    }

    static String render(List<Figure> figures) {
        StringBuilder out = new StringBuilder("# mentorfeed against its peers: `bench/run`\n\n");
        writeMachine(figures, out);
        // A section left out with --only has no figures at all; a step that failed or ran out of time has a
        // "skipped" figure, and its row says so.
        if (any(figures, "poll")) {
            new PollingTable(figures).write(out);
        }
        if (any(figures, "corpus", "parse", "fidelity")) {
            new ParsingTable(figures).write(out);
        }
        if (any(figures, "processor", "api")) {
            new PipelineTable(figures).write(out);
        }
        if (any(figures, "startup", "memory")) {
            new MemoryTable(figures).write(out);
        }
        return out.toString();
    }

    private static boolean any(List<Figure> figures, String... kinds) {
        return figures.stream().anyMatch(f -> List.of(kinds).contains(f.kind()));
    }

    private static void writeMachine(List<Figure> figures, StringBuilder out) {
        out.append("| machine | |\n|---|---|\n");
        figures.stream().filter(f -> f.kind().equals("machine")).forEach(f -> f.fields().forEach((key, value) ->
                out.append("| ").append(key).append(" | ").append(value).append(" |\n")));
        out.append('\n');
    }
}
