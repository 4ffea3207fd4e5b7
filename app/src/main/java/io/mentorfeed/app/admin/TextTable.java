package io.mentorfeed.app.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns line up: a header row, then one row per line, two spaces between columns.
 * Cells are cut at a maximum width (the --json output has the full text); an absent value shows as "-".
 */
public final class TextTable {
    static final int DEFAULT_MAX_CELL = 60;
    private static final String ABSENT = "-";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxCell;

    public TextTable(String... headers) {
        this(DEFAULT_MAX_CELL, headers);
    }

    public TextTable(int maxCell, String... headers) {
        if (maxCell < 2) {
            throw new IllegalArgumentException("maxCell must be at least 2, not " + maxCell);
        }
        this.headers = List.of(headers);
        this.maxCell = maxCell;
    }

    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row has " + headers.size() + " cells, not " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(this::cell).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, each line ending in a newline; trailing spaces are trimmed so the last column is not padded. */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths);
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private String cell(Object value) {
        if (value == null) {
            return ABSENT;
        }
        String text = value instanceof Instant instant ? time(instant) : String.valueOf(value);
        text = text.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return ABSENT;
        }
        return text.length() <= maxCell ? text : text.substring(0, maxCell - 1) + "…";
    }

    /** Instants to the second, in UTC: what an operator compares with logs. */
    static String time(Instant instant) {
        return instant == null ? ABSENT : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
