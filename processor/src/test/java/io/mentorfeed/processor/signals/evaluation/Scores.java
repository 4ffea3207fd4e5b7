package io.mentorfeed.processor.signals.evaluation;

/**
 * Counts of one signal over some posts. Precision is 1 when nothing was found (no false claim was made), recall is 1
 * when nothing was to be found; F1 is their harmonic mean.
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public static final Scores NONE = new Scores(0, 0, 0, 0);

    public Scores add(boolean labelled, boolean found) {
        return new Scores(truePositives + (labelled && found ? 1 : 0), falsePositives + (!labelled && found ? 1 : 0),
                falseNegatives + (labelled && !found ? 1 : 0), trueNegatives + (!labelled && !found ? 1 : 0));
    }

    public Scores plus(Scores other) {
        return new Scores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : (double) truePositives / labelled;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int labelled() {
        return truePositives + falseNegatives;
    }

    public int posts() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }
}
