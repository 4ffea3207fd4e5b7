package io.mentorfeed.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Section 1: each tool's polling rounds, one row per process run, with the ratio of our rate to the peer's in the
 * same round of the same run. A round stopped by its time bound shows what it did and the rate it reached; its ratio
 * is marked, never extrapolated.
 */
final class PollingTable {
    private static final Map<String, String> TOOLS = Map.of("mentorfeed", "mentorfeed ingest", "newsboat",
            "newsboat (`-x reload`, 8 threads)", "rss2email", "rss2email (`r2e run --no-send`)");
    private static final Map<String, String> ROUNDS = Map.of("priming", "1st: priming (all 200)", "priming2",
            "2nd: newsboat stores validators", "measured", "measured (~80% 304)");

    private final List<Figure> rounds;

    PollingTable(List<Figure> figures) {
        this.rounds = figures.stream().filter(f -> f.kind().equals("poll")).toList();
    }

    void write(StringBuilder out) {
        out.append("## 1. Polling: one local feed server, each tool a process of its own\n\n")
                .append("| feeds | tool | round | feeds done | wall s | CPU s | peak RSS MB | 304 share | feeds/s "
                        + "| ours / tool |\n|---|---|---|---|---|---|---|---|---|---|\n");
        boolean partial = false;
        for (Figure round : rounds) {
            out.append("| ").append(Cells.number(round.number("feeds"), 0)).append(" | ")
                    .append(TOOLS.getOrDefault(round.text("tool"), round.text("tool"))).append(" | ")
                    .append(ROUNDS.getOrDefault(round.text("round"), round.text("round"))).append(" | ");
            if (round.skipped()) {
                out.append("skipped: no time left in the run's bound | | | | | | |\n");
                continue;
            }
            double feeds = round.number("feeds").orElse(0);
            double done = done(round);
            boolean complete = complete(round);
            out.append(Cells.number(done, 0)).append(complete ? "" : " of " + Cells.number(feeds, 0)).append(" | ")
                    .append(complete ? "" : "> ").append(Cells.number(round.number("wall"), 1))
                    .append(complete ? "" : " (bound)").append(" | ")
                    .append(Cells.number(round.number("cpu"), 1)).append(" | ")
                    .append(Cells.megabytes(round.number("rssKb"))).append(" | ")
                    .append(share(round)).append(" | ")
                    .append(Cells.number(rate(round), 1)).append(" | ");
            Optional<Figure> ours = ours(round);
            if (round.is("tool", "mentorfeed") || ours.isEmpty() || round.is("round", "priming2")) {
                out.append(Cells.NONE).append(" |\n");
                continue;
            }
            if (!sameWork(ours.get(), round)) {
                // A 304 costs a fraction of a 200: rounds with different shares are different work, not a race.
                out.append(Cells.NONE).append(" (304 shares differ) |\n");
                continue;
            }
            boolean observed = !complete || !complete(ours.get());
            partial |= observed;
            out.append(Cells.ratio(rate(ours.get()), rate(round))).append(observed ? " *" : "").append(" |\n");
        }
        out.append("\nEach round is one process measured by GNU time (wall, user+sys CPU, peak RSS). feeds/s = feeds "
                + "done / wall. Ratio = our feeds/s over the tool's in the same round of this run, given only when both rounds had "
                + "about the same share of 304s (within 10 points).\n");
        if (partial) {
            out.append("\n\\* a tool stopped at its time bound: the ratio compares the rates actually observed "
                    + "(feeds done / wall until the bound), not a finished round.\n");
        }
        out.append('\n');
    }

    private Optional<Figure> ours(Figure round) {
        return rounds.stream().filter(f -> f.is("tool", "mentorfeed") && !f.skipped()
                && f.text("feeds").equals(round.text("feeds")) && f.text("round").equals(round.text("round")))
                .findFirst();
    }

    /** Ours: polls recorded on the fetch-log; a peer: the requests the feed server answered it in the round. */
    private static double done(Figure round) {
        return round.number("recorded").orElse(round.number("requests").orElse(0));
    }

    private static boolean complete(Figure round) {
        return !round.is("timedOut", "1") && done(round) >= round.number("feeds").orElse(Double.MAX_VALUE);
    }

    private static OptionalDouble rate(Figure round) {
        OptionalDouble wall = round.number("wall");
        return wall.isPresent() && wall.getAsDouble() > 0 ? OptionalDouble.of(done(round) / wall.getAsDouble())
                : OptionalDouble.empty();
    }

    /** Both rounds answered mostly alike: their 304 shares within 10 points of each other. */
    static boolean sameWork(Figure ours, Figure theirs) {
        return Math.abs(notModifiedShare(ours) - notModifiedShare(theirs)) <= 0.10;
    }

    private static double notModifiedShare(Figure round) {
        double requests = round.number("requests").orElse(0);
        return requests == 0 ? 0 : round.number("notModified").orElse(0) / requests;
    }

    private static String share(Figure round) {
        double requests = round.number("requests").orElse(0);
        return requests == 0 ? Cells.NONE
                : Cells.number(100 * round.number("notModified").orElse(0) / requests, 0) + "%";
    }
}
