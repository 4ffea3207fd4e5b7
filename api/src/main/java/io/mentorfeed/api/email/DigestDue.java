package io.mentorfeed.api.email;

import io.mentorfeed.model.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a reader's digest is due: at {@code digestHour}:00 local time in their zone, every local date. Built on
 * {@link ZonedDateTime#of}, so a spring-forward gap moves the hour forward (02:00 on the night clocks jump from 2
 * to 3 is 03:00) and an autumn overlap takes the earlier of the two instants; a day is never skipped or doubled.
 */
public final class DigestDue {
    private DigestDue() {}

    public static Instant dueAt(Profile profile, LocalDate date) {
        return ZonedDateTime.of(date, LocalTime.of(profile.digestHour(), 0), profile.timeZone()).toInstant();
    }

    /**
     * The local date whose digest is due at {@code now}: today there, once its hour has come. A digest missed
     * while no API ran is sent late the same local day, never on the next.
     */
    public static Optional<LocalDate> dueDate(Profile profile, Instant now) {
        LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
        return now.isBefore(dueAt(profile, today)) ? Optional.empty() : Optional.of(today);
    }
}
