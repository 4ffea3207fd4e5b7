package io.mentorfeed.bench.report;

import java.util.List;
import java.util.Optional;

/** Section 4: `mentorfeed start` with 10,000 mentors: time to ready, then resident memory once the posts exist. */
final class MemoryTable {
    private final List<Figure> figures;

    MemoryTable(List<Figure> figures) {
        this.figures = figures;
    }

    void write(StringBuilder out) {
        out.append("## 4. Memory and start-up: `mentorfeed start` (./mentorfeed's JVM flags), 10,000 feeds of 10 entries, "
                        + "1,000 readers\n\n")
                .append("| figure | value |\n|---|---|\n");
        Optional<Figure> startup = find("startup");
        out.append("| start to ready (`/api/v1/health/ready` 200), fresh data folder | ")
                .append(startup.isEmpty() || startup.get().skipped() ? "not ready within the bound"
                        : Cells.number(startup.get().number("readyMs"), 0) + " ms").append(" |\n");
        Optional<Figure> memory = find("memory");
        if (memory.isEmpty() || memory.get().skipped()) {
            out.append("| resident memory | skipped: mentorfeed did not start |\n\n");
            return;
        }
        Figure m = memory.get();
        boolean reached = m.number("count").orElse(0) >= m.number("target").orElse(1);
        out.append("| posts on mentorfeed.posts when measured | ").append(Cells.number(m.number("count"), 0))
                .append(reached ? "" : " of " + Cells.number(m.number("target"), 0) + " (time bound)")
                .append(", ").append(m.text("sinceStartSeconds")).append(" s after start |\n")
                .append("| resident memory of the JVM (VmRSS) | ").append(Cells.megabytes(m.number("rssKb")))
                .append(" MB |\n| peak resident memory (VmHWM) | ").append(Cells.megabytes(m.number("hwmKb")))
                .append(" MB |\n| live heap after a full collection | ")
                .append(m.number("liveHeapKb").isPresent() ? Cells.megabytes(m.number("liveHeapKb")) + " MB" : "unknown")
                .append(" |\n\n");
    }

    private Optional<Figure> find(String kind) {
        return figures.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }
}
