package io.mentorfeed.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** How figures are written in the table: thousands separated, a dash for a figure the run did not get. */
final class Cells {
    static final String NONE = "—";

    private Cells() {}

    static String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : NONE;
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** ours / theirs, as "1.87x"; a dash when either is missing. */
    static String ratio(OptionalDouble ours, OptionalDouble theirs) {
        if (ours.isEmpty() || theirs.isEmpty() || theirs.getAsDouble() == 0) {
            return NONE;
        }
        double ratio = ours.getAsDouble() / theirs.getAsDouble();
        return String.format(Locale.ROOT, ratio >= 10 ? "%,.0fx" : "%.2fx", ratio);
    }

    static String megabytes(OptionalDouble kilobytes) {
        return kilobytes.isPresent() ? number(kilobytes.getAsDouble() / 1024, 0) : NONE;
    }
}
