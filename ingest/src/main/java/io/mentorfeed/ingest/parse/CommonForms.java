package io.mentorfeed.ingest.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The two forms nearly every feed writes, read by position without a regular expression: RFC 1123
 * ({@code Sat, 21 Nov 2026 08:00:00 GMT} or {@code +0100}) and RFC 3339 ({@code 2026-11-21T08:00:00Z} or
 * {@code +01:00}). Anything else, or a digit out of place, is null here and left to {@link FeedDates}.
 */
final class CommonForms {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private CommonForms() {}

    static Instant parse(String date) {
        int length = date.length();
        if ((length == 20 || length == 25) && date.charAt(4) == '-' && date.charAt(10) == 'T') {
            return rfc3339(date);
        }
        if ((length == 29 || length == 31) && date.charAt(3) == ',' && date.charAt(4) == ' ') {
            return rfc1123(date);
        }
        return null;
    }

    private static Instant rfc3339(String d) {
        if (d.charAt(7) != '-' || d.charAt(13) != ':' || d.charAt(16) != ':') {
            return null;
        }
        ZoneOffset zone;
        if (d.length() == 20 && d.charAt(19) == 'Z') {
            zone = ZoneOffset.UTC;
        } else if (d.length() == 25 && (d.charAt(19) == '+' || d.charAt(19) == '-') && d.charAt(22) == ':') {
            zone = offset(d.charAt(19), digits(d, 20, 2), digits(d, 23, 2));
        } else {
            return null;
        }
        return at(digits(d, 0, 4), digits(d, 5, 2), digits(d, 8, 2), digits(d, 11, 2), digits(d, 14, 2),
                digits(d, 17, 2), zone);
    }

    private static Instant rfc1123(String d) {
        if (d.charAt(7) != ' ' || d.charAt(11) != ' ' || d.charAt(16) != ' ' || d.charAt(19) != ':'
                || d.charAt(22) != ':' || d.charAt(25) != ' ') {
            return null;
        }
        int month = MONTHS.indexOf(d.substring(8, 11));
        if (month < 0 || month % 3 != 0) {
            return null;
        }
        ZoneOffset zone;
        if (d.length() == 29 && d.endsWith("GMT")) {
            zone = ZoneOffset.UTC;
        } else if (d.length() == 31 && (d.charAt(26) == '+' || d.charAt(26) == '-')) {
            zone = offset(d.charAt(26), digits(d, 27, 2), digits(d, 29, 2));
        } else {
            return null;
        }
        return at(digits(d, 12, 4), month / 3 + 1, digits(d, 5, 2), digits(d, 17, 2), digits(d, 20, 2),
                digits(d, 23, 2), zone);
    }

    private static Instant at(int year, int month, int day, int hour, int minute, int second, ZoneOffset zone) {
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || zone == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(zone);
        } catch (java.time.DateTimeException e) {
            return null; // day 32, hour 25: FeedDates says null too
        }
    }

    private static ZoneOffset offset(char sign, int hours, int minutes) {
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    /** The number written with {@code count} digits at {@code from}, or -1 when one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
