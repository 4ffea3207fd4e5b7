package io.mentorfeed.processor.signals.evaluation;

import io.mentorfeed.model.Signal;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation as Markdown: precision, recall and F1 per signal for each part of the set and for all of it, the
 * dates of the events found, then every confusion with the post id, what was found and the label's reason.
 */
public final class EvaluationReport {
    private EvaluationReport() {}

    public static String markdown(SetEvaluation evaluation) {
        StringBuilder out = new StringBuilder();
        table(out, "tuning part", evaluation.scores(LabelledPost.TUNING));
        table(out, "held-out part", evaluation.scores(LabelledPost.HELD_OUT));
        table(out, "whole set", evaluation.scores());
        var events = evaluation.eventsFound();
        long datesRight = events.stream().filter(o -> o.post().eventDate().equals(o.found().get().date())).count();
        long placesRight = events.stream().filter(EvaluationReport::placeRight).count();
        out.append("Events found: ").append(events.size()).append("; date right: ").append(datesRight)
                .append("; place right: ").append(placesRight).append("\n");
        for (var o : events) {
            var s = o.found().get();
            if (!o.post().eventDate().equals(s.date()) || !placeRight(o)) {
                out.append("- ").append(o.post().id()).append(": labelled ").append(o.post().eventDate()).append(" ")
                        .append(o.post().eventPlace()).append(", found ").append(s.date()).append(" ")
                        .append(s.place()).append("\n");
            }
        }
        out.append("\n## Confusions\n\n");
        for (Outcome o : evaluation.confusions()) {
            out.append("- ").append(o.falsePositive() ? "false positive " : "false negative ")
                    .append(o.kind().wireName()).append(" **").append(o.post().id()).append("** (")
                    .append(o.post().part()).append("): ");
            o.found().ifPresent(s -> out.append("found \"").append(s.evidence()).append("\"; "));
            out.append("label: ").append(o.post().label(o.kind()).reason()).append("\n");
        }
        return out.toString();
    }

    /** The labelled town is (in) the place found: "Second Home Lisbon" is in Lisbon. */
    private static boolean placeRight(Outcome o) {
        String found = o.found().get().place();
        return found != null && found.toLowerCase(Locale.ROOT).contains(o.post().eventPlace().toLowerCase(Locale.ROOT));
    }

    private static void table(StringBuilder out, String title, Map<Signal.Kind, Scores> scores) {
        int posts = scores.values().iterator().next().posts();
        out.append("### ").append(title).append(" (").append(posts).append(" posts)\n\n");
        if (posts == 0) {
            out.append("(none)\n\n");
            return;
        }
        out.append("| signal | labelled | found right | false positives | false negatives | precision | recall | F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((kind, s) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.2f | %.2f |%n",
                kind.wireName(), s.labelled(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.precision(), s.recall(), s.f1())));
        out.append("\n");
    }
}
