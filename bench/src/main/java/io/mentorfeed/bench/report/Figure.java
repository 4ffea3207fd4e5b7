package io.mentorfeed.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One line of bench/run's figures file: a kind, then {@code key=value} fields ({@code poll feeds=1000 tool=newsboat
 * round=measured wall=12.3 ...}). A {@code machine} line holds one field whose value runs to the end of the line.
 */
record Figure(String kind, Map<String, String> fields) {
    static Figure parse(String line) {
        String[] words = line.trim().split(" ");
        Map<String, String> fields = new LinkedHashMap<>();
        if (words[0].equals("machine") && words.length > 1) {
            String rest = line.trim().substring("machine ".length());
            int equals = rest.indexOf('=');
            fields.put(rest.substring(0, Math.max(0, equals)), rest.substring(equals + 1));
            return new Figure("machine", fields);
        }
        for (int i = 1; i < words.length; i++) {
            int equals = words[i].indexOf('=');
            if (equals > 0) {
                fields.put(words[i].substring(0, equals), words[i].substring(equals + 1));
            }
        }
        return new Figure(words[0], fields);
    }

    String text(String key) {
        return fields.getOrDefault(key, "");
    }

    OptionalDouble number(String key) {
        try {
            return OptionalDouble.of(Double.parseDouble(fields.get(key)));
        } catch (NullPointerException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    boolean is(String key, String value) {
        return value.equals(fields.get(key));
    }

    /** A step the run's time bound left no time for, or that failed: its row says so. */
    boolean skipped() {
        return is("skipped", "1");
    }
}
