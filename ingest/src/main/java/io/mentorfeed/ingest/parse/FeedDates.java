package io.mentorfeed.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write, in every form seen in the wild, into UTC instants; a date it cannot read is null,
 * never an exception. Two families:
 *
 * <ul>
 *   <li>W3C-DTF / ISO 8601 (Atom, Dublin Core): {@code 2026}, {@code 2026-11}, {@code 2026-11-19},
 *       {@code 2026-11-19T08:15Z}, seconds and fractions, {@code +01:00} or {@code +0100}, a space for the T,
 *       the basic form {@code 20261119T081530Z}, {@code 2026/11/19}.</li>
 *   <li>RFC 822 / 5322 (RSS) and its relatives: day name optional and never trusted over the date, seconds
 *       optional, two-digit years (00-49 are 20xx, 50-99 19xx, as RFC 5322 4.3 says), full or abbreviated month
 *       names in English, French, German, Spanish, Italian, Portuguese and Dutch, asctime order, AM/PM.</li>
 * </ul>
 *
 * <p>The zone rule: a numeric offset is used as written ({@code GMT+1} too); a named zone from the table below
 * gives its offset; UT, GMT, UTC, Z, a military letter (RFC 5322 says their meaning is unknown), an unknown name
 * or no zone at all mean UTC. Dates before 1582 are read in the proleptic Gregorian calendar, as ISO 8601 says,
 * not shifted into the Julian one.
 */
final class FeedDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2})(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");
    private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc|ut)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|e|o|º)?\\.?");
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[-/]");


    private FeedDates() {}

    /** The instant {@code text} names, or null when it names none. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String date = text.strip();
        if (date.isEmpty() || date.length() > 100) {
            return null;
        }
        try {
            Instant common = CommonForms.parse(date);
            if (common != null) {
                return common;
            }
            char first = date.charAt(0);
            if (first >= '0' && first <= '9') {
                Instant iso = iso(date);
                if (iso != null) {
                    return iso;
                }
            }
            return words(date);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant iso(String date) {
        Matcher m = ISO.matcher(date);
        if (!m.matches()) {
            m = ISO_BASIC.matcher(date);
            if (!m.matches()) {
                return null;
            }
        }
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), number(m.group(2), 1), number(m.group(3), 1));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), number(m.group(6), 0),
                        nanos(m.group(7)));
        return LocalDateTime.of(day, time).toInstant(offset(m.group(8)));
    }

    /** RFC 822 and its relatives: tokens in any order, each recognized by its shape. */
    private static Instant words(String date) {
        String uncommented = date.indexOf('(') >= 0 ? COMMENT.matcher(date).replaceAll(" ") : date;
        String cleaned = uncommented.replace(',', ' ').toLowerCase(Locale.ROOT);
        Integer day = null;
        Integer year = null;
        Integer month = null;
        Matcher time = null;
        String meridiem = null;
        ZoneOffset zone = null;
        for (String token : tokens(cleaned)) {
            Matcher t = TIME.matcher(token);
            if (time == null && t.matches()) {
                time = t;
            } else if (token.equals("am") || token.equals("pm") || token.equals("a.m.") || token.equals("p.m.")) {
                meridiem = token.substring(0, 1);
            } else if (Character.isDigit(token.charAt(0)) && token.length() == 4 && allDigits(token)) {
                year = Integer.parseInt(token);
            } else if (Character.isDigit(token.charAt(0)) && ORDINAL.matcher(token).matches()) {
                int value = leadingNumber(token);
                if (day == null) {
                    day = value;
                } else if (year == null && time == null) {
                    year = value < 50 ? 2000 + value : 1900 + value;
                } else {
                    return null;
                }
            } else if ((token.charAt(0) == '+' || token.charAt(0) == '-' || token.startsWith("gmt")
                    || token.startsWith("ut")) && OFFSET.matcher(token).matches() && time != null) {
                zone = offset(token);
            } else if (Character.isLetter(token.charAt(0))) {
                String word = DateWords.plainLetters(token);
                Integer named = DateWords.month(word);
                if (named != null && time == null) {
                    month = named; // the last month name wins: "mar." before the day is French or Spanish Tuesday
                } else if (time != null && zone == null) {
                    zone = DateWords.zone(word);
                }
            } else if (Character.isDigit(token.charAt(0)) && token.length() > 4) {
                return null; // a five-digit year, or a number no date has
            }
        }
        if (day == null || month == null || year == null) {
            return null;
        }
        LocalTime clock = LocalTime.MIDNIGHT;
        if (time != null) {
            int hour = Integer.parseInt(time.group(1));
            if (meridiem != null && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (meridiem.equals("p") ? 12 : 0);
            }
            clock = LocalTime.of(hour, Integer.parseInt(time.group(2)), number(time.group(3), 0));
        }
        return LocalDateTime.of(LocalDate.of(year, month, day), clock).toInstant(zone == null ? ZoneOffset.UTC : zone);
    }

    /** Words split on spaces; "19-Nov-2026" and "19.Nov.2026" split too, numeric offsets and times kept whole. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String part : WHITESPACE.split(text)) {
            if (part.isEmpty()) {
                continue;
            }
            boolean letters = part.chars().anyMatch(Character::isLetter);
            boolean offset = part.charAt(0) == '+' || part.charAt(0) == '-' || part.startsWith("gmt")
                    || part.startsWith("ut");
            if (letters && !offset && (part.indexOf('-') > 0 || part.indexOf('/') > 0)) {
                for (String piece : DATE_SEPARATORS.split(part)) {
                    if (!piece.isEmpty()) {
                        tokens.add(piece);
                    }
                }
            } else {
                tokens.add(part);
            }
        }
        return tokens;
    }


    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String lower = zone.toLowerCase(Locale.ROOT);
        if (lower.equals("z") || lower.equals("utc") || lower.equals("gmt") || lower.equals("ut")) {
            return ZoneOffset.UTC;
        }
        Matcher m = OFFSET.matcher(lower);
        if (!m.matches()) {
            return ZoneOffset.UTC;
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = number(m.group(3), 0);
        int sign = m.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int number(String digits, int fallback) {
        return digits == null ? fallback : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static int leadingNumber(String token) {
        int value = 0;
        for (int i = 0; i < token.length() && Character.isDigit(token.charAt(i)); i++) {
            value = value * 10 + (token.charAt(i) - '0');
        }
        return value;
    }

    private static boolean allDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
