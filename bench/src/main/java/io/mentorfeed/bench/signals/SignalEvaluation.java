package io.mentorfeed.bench.signals;

import io.mentorfeed.processor.signals.evaluation.EvaluationReport;
import io.mentorfeed.processor.signals.evaluation.LabelledPost;
import io.mentorfeed.processor.signals.evaluation.LabelledSet;
import io.mentorfeed.processor.signals.evaluation.SignalEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Precision, recall and F1 of every signal on the labelled set (processor/src/test/resources/signal-set), for the
 * tuning part, the held-out part and both, then the confusion cases with the post id and the label's reason; then
 * the same for the posts as the processor gets them, through ingest's parser ({@link ThroughIngest}).
 * Arguments: [--set DIR] (default: the set in the processor's test jar) [--out FILE] (also write the report there).
 */
public final class SignalEvaluation {
    private SignalEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path set = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> set = Path.of(value(args, ++i, "--set"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                default -> {
                    System.err.println("signal-eval: unknown argument '" + args[i] + "' (use --set DIR, --out FILE)");
                    System.exit(2);
                }
            }
        }
        List<LabelledPost> posts = set == null ? LabelledSet.standard() : LabelledSet.load(set);
        String report = "# Signals on the labelled set\n\n" + EvaluationReport.markdown(new SignalEvaluator().evaluate(posts))
                + "\n# The same posts through ingest (written into a feed, read back by ingest's parser)\n\n"
                + EvaluationReport.markdown(new SignalEvaluator().evaluate(new ThroughIngest().read(posts)));
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println("signal-eval: " + option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
