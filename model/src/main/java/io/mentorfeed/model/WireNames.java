package io.mentorfeed.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enums travel as lower-case, hyphenated names ("respond-now"); this maps them back with a clear error. */
public final class WireNames {
    private WireNames() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value != null) {
            String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + value + "' is not one of: " + allowed);
    }
}
