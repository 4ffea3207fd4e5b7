package io.mentorfeed.processor.signals;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a sentence gives, in English, as a calendar date relative to the day the post was published: "May 20",
 * "16 April", "March 26, 2026", "2026-05-12", "tomorrow", "tonight", "today at 5pm", "this Sunday", "next Wednesday", "on Friday"
 * ("last Tuesday", or any weekday in a past-tense sentence, counts back). A date written with a day and a month wins
 * over a weekday. A month and day without a year is taken in the year of publication, or the next year when that
 * would put it more than {@value #BACKWARD_DAYS_MAX} days before publication (in November, "January 15" is next
 * January); otherwise it stays before publication: a past event.
 */
final class EventDates {
    static final int BACKWARD_DAYS_MAX = 200;
    private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})"
            + "(st|nd|rd|th)?\\b(,? (?<year>(19|20)\\d{2})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?<day>\\d{1,2})(st|nd|rd|th)? (of )?(?<month>"
            + MONTH + ")\\b(,? (?<year>(19|20)\\d{2})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?<which>on |this |next |last |coming )?(?<day>"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)('s)?\\b", Pattern.CASE_INSENSITIVE);
    /** "Today" only with a time: "out today" is a release, "today at 5pm" an appointment. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(tomorrow|tonight|today(?= (at|from) \\d)"
            + "|this evening|next week|next month)\\b", Pattern.CASE_INSENSITIVE);

    private EventDates() {}

    /** The first date the sentence gives, relative to {@code published}; empty when it gives none. */
    static Optional<LocalDate> find(String sentence, LocalDate published, boolean past) {
        Optional<LocalDate> written = written(sentence, published);
        if (written.isPresent() || published == null) {
            return written;
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group("day").toUpperCase(Locale.ROOT));
            String which = weekday.group("which") == null ? "" : weekday.group("which").strip().toLowerCase(Locale.ROOT);
            int ahead = Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7);
            if (which.equals("last") || past && !which.equals("next") && !which.equals("this")) {
                return Optional.of(published.minusDays(ahead == 0 ? 7 : 7 - ahead));
            }
            return Optional.of(published.plusDays(ahead == 0 && which.equals("next") ? 7 : ahead));
        }
        Matcher relative = RELATIVE.matcher(sentence);
        if (relative.find()) {
            return Optional.of(switch (relative.group(1).toLowerCase(Locale.ROOT)) {
                case "tomorrow" -> published.plusDays(1);
                case "next week" -> published.plusWeeks(1);
                case "next month" -> published.plusMonths(1).withDayOfMonth(1);
                default -> published;
            });
        }
        return Optional.empty();
    }

    /** Whether the sentence names a day in any way this class reads. */
    static boolean mentionsDay(String sentence) {
        return isWritten(sentence) || WEEKDAY.matcher(sentence).find() || RELATIVE.matcher(sentence).find();
    }

    /** Whether the sentence writes a date out (a day and a month, or ISO) rather than relative to the post. */
    static boolean isWritten(String sentence) {
        return ISO.matcher(sentence).find() || MONTH_DAY.matcher(sentence).find() || DAY_MONTH.matcher(sentence).find();
    }

    private static Optional<LocalDate> written(String sentence, LocalDate published) {
        Matcher iso = ISO.matcher(sentence);
        if (iso.find()) {
            return date(Integer.parseInt(iso.group("year")), Integer.parseInt(iso.group("month")),
                    Integer.parseInt(iso.group("day")));
        }
        for (Pattern pattern : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
            Matcher m = pattern.matcher(sentence);
            if (m.find()) {
                int month = month(m.group("month"));
                int day = Integer.parseInt(m.group("day"));
                if (m.group("year") != null) {
                    return date(Integer.parseInt(m.group("year")), month, day);
                }
                int year = published == null ? LocalDate.now().getYear() : published.getYear();
                Optional<LocalDate> date = date(year, month, day);
                if (published != null && date.isPresent()
                        && ChronoUnit.DAYS.between(date.get(), published) > BACKWARD_DAYS_MAX) {
                    return date(year + 1, month, day);
                }
                return date;
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30": not a date
        }
    }
}
