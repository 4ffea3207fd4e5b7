package io.mentorfeed.bench.fidelity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown of bench/results/fidelity.md: per family, how many expectations each parser meets. */
final class FidelityReport {
    private FidelityReport() {}

    static String markdown(Map<String, FidelityRun.Tally> families, Map<String, Integer> cases, int[] held,
                           int[] total, List<String> missedByOurs, boolean withRssParser) {
        StringBuilder out = new StringBuilder("""
                # Feed-reading fidelity: every element family, three parsers

                Written by `bench/scripts/fidelity.sh` (also part of `bench/run`'s parsing section). Each fixture in
                `ingest/src/test/resources/families` is a document we wrote from a spec (RSS 2.0, RFC 4287, the RSS
                1.0 modules, Apple's podcast requirements, Media RSS, W3C-DTF, XML Base, HTML) with the values the
                normalized entry must hold. Every expectation is checked against mentorfeed's parser, bare Rome
                2.1.0 with its modules (its SyndFeed model read field by field), and rss-parser 3.13 on node (its
                output read field by field). A family is **supported** when mentorfeed meets all its expectations
                (`FeedFamiliesTest` fails the build otherwise).

                | family | cases | mentorfeed | bare Rome | rss-parser | supported |
                |---|---|---|---|---|---|
                """);
        for (FidelityRun.Tally tally : families.values()) {
            out.append("| ").append(tally.family()).append(" | ").append(cases.get(tally.family())).append(" | ");
            for (int p = 0; p < 3; p++) {
                out.append(p == 2 && !withRssParser ? "not run" : share(tally.held()[p], tally.total()[p]))
                        .append(" | ");
            }
            out.append(tally.held()[0] == tally.total()[0] ? "yes" : "partly").append(" |\n");
        }
        out.append("| **all** | ").append(cases.values().stream().mapToInt(Integer::intValue).sum()).append(" | ");
        for (int p = 0; p < 3; p++) {
            out.append(p == 2 && !withRssParser ? "not run" : "**" + share(held[p], total[p]) + "**").append(" | ");
        }
        out.append(" |\n\n");
        out.append(String.format(Locale.ROOT, "Ratio of expectations met: mentorfeed / bare Rome = %.2fx",
                ratio(held[0], held[1])));
        if (withRssParser) {
            out.append(String.format(Locale.ROOT, ", mentorfeed / rss-parser = %.2fx", ratio(held[0], held[2])));
        }
        out.append(" (same fixtures, same run).\n\n");
        out.append("Expectations mentorfeed misses: ").append(missedByOurs.isEmpty() ? "none.\n" : "\n\n");
        missedByOurs.forEach(miss -> out.append("- ").append(miss.replace("|", "\\|")).append('\n'));
        out.append("""

                Not mapped, on purpose: RSS cloud, textInput, skipHours and skipDays, docs, rating, webMaster
                (polling hints and technical contacts a reader does not show; ttl is used by the scheduler), RSS
                1.0 syndication-module update periods, RSS 1.1, iTunes per-episode closed captions and order,
                Media RSS credits, restrictions, ratings, scenes, hashes and embeds.
                """);
        return out.toString();
    }

    private static String share(int held, int total) {
        return total == 0 ? "—" : String.format(Locale.ROOT, "%d/%d (%d%%)", held, total, Math.round(100.0 * held / total));
    }

    private static double ratio(int ours, int other) {
        return other == 0 ? Double.POSITIVE_INFINITY : (double) ours / other;
    }
}
