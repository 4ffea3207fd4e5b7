package io.mentorfeed.api.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A local date in the reader's time zone as instants: [start, end) of the day, and the start of the
 * seven-day reading span that ends with it. Built from the zone's rules, so 23- and 25-hour days are right.
 */
record DigestDay(LocalDate date, Instant start, Instant end, Instant readingSpanStart) {
    static final int READING_SPAN_DAYS = 7;

    static DigestDay of(LocalDate date, ZoneId zone) {
        return new DigestDay(date, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant(),
                date.minusDays(READING_SPAN_DAYS - 1).atStartOfDay(zone).toInstant());
    }

    /** Whether {@code when} falls in the reading span: the seven local days up to and including this date. */
    boolean inReadingSpan(Instant when) {
        return !when.isBefore(readingSpanStart) && when.isBefore(end);
    }
}
