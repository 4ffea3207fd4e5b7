package io.mentorfeed.bench.report;

import java.util.List;
import java.util.Optional;

/** Section 3: the processor's and the API's load runs (bench/scripts), re-run in this run. */
final class PipelineTable {
    private final List<Figure> figures;

    PipelineTable(List<Figure> figures) {
        this.figures = figures;
    }

    void write(StringBuilder out) {
        out.append("## 3. Pipeline and API\n\n| figure | value | against |\n|---|---|---|\n");
        Optional<Figure> processor = figures.stream().filter(f -> f.kind().equals("processor")).findFirst();
        if (processor.isEmpty() || processor.get().skipped()) {
            out.append("| processor | skipped: failed or no time left | |\n");
        } else {
            Figure p = processor.get();
            out.append("| processor throughput, exactly-once (entries/s) | ")
                    .append(Cells.number(p.number("entriesPerSecond"), 0))
                    .append(" | ").append(Cells.ratio(p.number("entriesPerSecond"), p.number("ceiling")))
                    .append(" of an exactly-once pass-through loop (").append(Cells.number(p.number("ceiling"), 0))
                    .append("/s) |\n| processor latency, entry produced to recommendation readable | p50 ")
                    .append(p.text("p50")).append(" ms, p99 ").append(p.text("p99")).append(" ms, max ")
                    .append(p.text("max")).append(" ms | ").append(p.text("measured")).append(" of ")
                    .append(p.text("of")).append(" measured |\n");
        }
        List<Figure> api = figures.stream().filter(f -> f.kind().equals("api")).toList();
        Optional<Figure> health = api.stream().filter(f -> f.is("endpoint", "health/live")).findFirst();
        if (api.isEmpty() || api.getFirst().skipped()) {
            out.append("| API | skipped: failed or no time left | |\n");
        }
        for (Figure endpoint : api) {
            if (endpoint.skipped()) {
                continue;
            }
            out.append("| API `").append(endpoint.text("endpoint")).append("` | ")
                    .append(Cells.number(endpoint.number("rps"), 0)).append(" req/s, p50 ")
                    .append(endpoint.text("p50")).append(" ms, p99 ").append(endpoint.text("p99")).append(" ms | ")
                    .append(endpoint.is("endpoint", "health/live") || health.isEmpty() ? "the ceiling"
                            : Cells.ratio(endpoint.number("rps"), health.get().number("rps"))
                            + " of health/live's req/s").append(" |\n");
        }
        out.append("\n`bench/scripts/processor-load.sh` and `api-load.sh` (details: results/processor.md, "
                + "results/api.md).\n\n");
    }
}
