package io.mentorfeed.bench.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.Json;
import io.mentorfeed.testkit.fixtures.Expectation;
import io.mentorfeed.testkit.fixtures.FeedFixture;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every element-family fixture (ingest's src/test/resources/families, written from the specs) with three
 * parsers and counts the expectations each meets: mentorfeed's {@link FeedParser}, bare Rome with its modules
 * ({@link RomeAsNormalized}), and rss-parser on node (bench/node/fidelity.js wrote what it read to a JSON file).
 * Prints one {@code fidelity} figure per family and a total, for bench/run's table, and writes the detailed
 * report (every family, every expectation missed by ours) to the Markdown file given.
 *
 * <p>Arguments: FIXTURES_DIR RSS_PARSER_JSON (or "-" for none) REPORT_MD
 */
public final class FidelityRun {
    private static final List<String> PARSERS = List.of("ours", "rome", "rss-parser");

    private FidelityRun() {}

    /** Expectations met and checked, per parser, for one family. */
    record Tally(String family, int cases, int[] held, int[] total) {
        Tally(String family) {
            this(family, 0, new int[PARSERS.size()], new int[PARSERS.size()]);
        }
    }

    public static void main(String[] args) throws Exception {
        List<FeedFixture> fixtures = FeedFixture.under(Path.of(args[0]));
        JsonNode rssParser = args[1].equals("-") ? MissingNode.getInstance()
                : new ObjectMapper().readTree(Path.of(args[1]).toFile());
        Path root = Path.of(args[0]);
        Map<String, Tally> families = new LinkedHashMap<>();
        Map<String, Integer> cases = new LinkedHashMap<>();
        List<String> missedByOurs = new ArrayList<>();
        for (FeedFixture fixture : fixtures) {
            Tally tally = families.computeIfAbsent(fixture.family(), Tally::new);
            cases.merge(fixture.family(), 1, Integer::sum);
            String relative = root.relativize(fixture.path()).toString();
            List<JsonNode> views = List.of(ours(fixture), rome(fixture), rssParser.path(relative));
            for (int p = 0; p < PARSERS.size(); p++) {
                for (Expectation expectation : fixture.expectations()) {
                    tally.total()[p]++;
                    Optional<String> miss = views.get(p).isMissingNode() || views.get(p).has("error")
                            ? Optional.of("unreadable") : expectation.check(views.get(p));
                    if (miss.isEmpty()) {
                        tally.held()[p]++;
                    } else if (p == 0) {
                        missedByOurs.add(fixture.name() + ": " + miss.get());
                    }
                }
            }
        }
        int[] held = new int[PARSERS.size()];
        int[] total = new int[PARSERS.size()];
        for (Tally tally : families.values()) {
            System.out.println(figure("fidelity family=" + tally.family().replace(' ', '_'), cases.get(tally.family()),
                    tally));
            for (int p = 0; p < PARSERS.size(); p++) {
                held[p] += tally.held()[p];
                total[p] += tally.total()[p];
            }
        }
        System.out.println(figure("fidelity total=1", fixtures.size(), new Tally("total", 0, held, total)));
        Files.writeString(Path.of(args[2]), FidelityReport.markdown(families, cases, held, total, missedByOurs,
                !rssParser.isMissingNode()));
    }

    private static String figure(String head, int cases, Tally tally) {
        StringBuilder line = new StringBuilder(head).append(" cases=").append(cases);
        for (int p = 0; p < PARSERS.size(); p++) {
            line.append(' ').append(PARSERS.get(p).replace("-", "")).append('=').append(tally.held()[p]).append('/')
                    .append(tally.total()[p]);
        }
        return line.toString();
    }

    private static JsonNode ours(FeedFixture fixture) {
        try {
            return Json.mapper().valueToTree(new FeedParser(1000).parse(fixture.bytes(), null, fixture.feedUrl()));
        } catch (Exception e) {
            return Json.mapper().createObjectNode().put("error", e.getMessage());
        }
    }

    /** Rome as its users run it: SyndFeedInput over XmlReader (its own charset detection), with its modules. */
    private static JsonNode rome(FeedFixture fixture) {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(fixture.bytes()), true)) {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(true); // a Netscape RSS 0.91 DOCTYPE is part of the family; Rome refuses it otherwise
            return RomeAsNormalized.of(input.build(reader));
        } catch (Exception | StackOverflowError e) {
            return Json.mapper().createObjectNode().put("error", String.valueOf(e.getMessage()));
        }
    }
}
