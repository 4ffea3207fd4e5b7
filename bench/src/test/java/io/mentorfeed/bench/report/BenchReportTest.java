package io.mentorfeed.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static String render(String fixture) throws IOException {
        try (InputStream in = BenchReportTest.class.getResourceAsStream("/figures/" + fixture)) {
            List<Figure> figures = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).map(Figure::parse).toList();
            return BenchReport.render(figures);
        }
    }

    private static String row(String table, String... cells) {
        return Arrays.stream(table.split("\n")).filter(line -> Arrays.stream(cells).allMatch(line::contains))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + List.of(cells) + " in\n" + table));
    }

    @Test
    void finishedRoundsGiveOurRateOverThePeersInTheSameRound() throws IOException {
        String table = render("peer-stopped-at-bound.txt");

        // Ours: 1,000 / 4 s = 250/s; rss2email: 1,000 / 10 s = 100/s.
        assertThat(row(table, "rss2email", "measured")).contains("| 1,000 |", "| 100.0 |", "| 80% |", "| 2.50x |")
                .doesNotContain("*");
    }

    @Test
    void aPeerStoppedAtItsBoundShowsWhatItDidAndAMarkedRatioOfObservedRates() throws IOException {
        String table = render("peer-stopped-at-bound.txt");

        // newsboat did 750 feeds in its 15 s bound: 50/s observed; ours 100/s in the same round.
        assertThat(row(table, "newsboat", "priming")).contains("750 of 1,000", "> 15.0 (bound)", "| 50.0 |",
                "| 2.00x * |");
        assertThat(table).contains("\\* a tool stopped at its time bound");
    }

    @Test
    void stepsWithoutFiguresAreListedAsSkippedRatherThanLeftOut() throws IOException {
        String table = render("peer-stopped-at-bound.txt");

        assertThat(row(table, "10,000", "newsboat")).contains("skipped");
        assertThat(row(table, "rss-parser")).contains("skipped");
    }

    @Test
    void otherSectionsCarryTheirFiguresAndRatios() throws IOException {
        String table = render("peer-stopped-at-bound.txt");

        assertThat(row(table, "bare Rome")).contains("| 15.0 |", "| 20,000 |", "| 2.00x |");
        assertThat(row(table, "processor throughput")).contains("1,365", "0.19x");
        assertThat(row(table, "API `digest`")).contains("800 req/s", "0.04x");
        assertThat(row(table, "start to ready")).contains("6,123 ms");
        assertThat(row(table, "posts on mentorfeed.posts")).contains("61,000 of 100,000 (time bound)");
        assertThat(row(table, "VmRSS")).contains("1,024 MB");
        assertThat(row(table, "| cpus |")).contains("2");
    }

    @Test
    void bothCorporaOfOneRunHaveTheirOwnRatios() throws IOException {
        String table = render("peer-stopped-at-bound.txt");

        assertThat(row(table, "bare Rome", "| 11.0 |")).contains("| 4.00x |");
        assertThat(row(table, "rss-parser", "| 22.0 |")).contains("| 2.00x |");
        assertThat(table).contains("Corpus `bench`", "Corpus `figures`");
    }

    @Test
    void fidelityGivesExpectationsMetAndOursOverEachPeer() throws IOException {
        String table = render("peer-stopped-at-bound.txt");

        assertThat(table).contains("56 documents written from the specs, 1 element families");
        assertThat(row(table, "bare Rome", "217/457")).contains("| 2.11x |");
        assertThat(row(table, "rss-parser", "170/457")).contains("| 2.69x |");
    }
}
