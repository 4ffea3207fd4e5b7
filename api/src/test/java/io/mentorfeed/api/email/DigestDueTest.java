package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestDueTest {
    private static Profile at(String zone, int hour) {
        return new Profile("p", null, "p@example.org", ZoneId.of(zone), hour, List.of(), List.of());
    }

    @Test
    void theLocalHourMovesInUtcWhenDaylightSavingTimeStarts() {
        Profile ny = at("America/New_York", 8);
        assertThat(DigestDue.dueAt(ny, LocalDate.parse("2026-03-07"))).isEqualTo("2026-03-07T13:00:00Z");
        assertThat(DigestDue.dueAt(ny, LocalDate.parse("2026-03-08"))).isEqualTo("2026-03-08T12:00:00Z");
        Profile paris = at("Europe/Paris", 7);
        assertThat(DigestDue.dueAt(paris, LocalDate.parse("2026-03-28"))).isEqualTo("2026-03-28T06:00:00Z");
        assertThat(DigestDue.dueAt(paris, LocalDate.parse("2026-03-29"))).isEqualTo("2026-03-29T05:00:00Z");
    }

    @Test
    void anHourInTheSpringGapComesAfterItAndAnHourTwiceInAutumnComesOnce() {
        Profile ny = at("America/New_York", 2);
        assertThat(DigestDue.dueAt(ny, LocalDate.parse("2026-03-08"))).isEqualTo("2026-03-08T07:00:00Z"); // 03:00 EDT
        Profile early = at("America/New_York", 1);
        assertThat(DigestDue.dueAt(early, LocalDate.parse("2026-11-01"))).isEqualTo("2026-11-01T05:00:00Z"); // 01:00 EDT
    }

    @Test
    void dueFromTheHourUntilTheEndOfTheLocalDay() {
        Profile ny = at("America/New_York", 8);
        assertThat(DigestDue.dueDate(ny, Instant.parse("2026-03-08T11:59:59Z"))).isEmpty();
        assertThat(DigestDue.dueDate(ny, Instant.parse("2026-03-08T12:00:00Z"))).contains(LocalDate.parse("2026-03-08"));
        assertThat(DigestDue.dueDate(ny, Instant.parse("2026-03-09T03:59:00Z"))).contains(LocalDate.parse("2026-03-08"));
        assertThat(DigestDue.dueDate(ny, Instant.parse("2026-03-09T04:00:00Z"))).isEmpty(); // midnight: a new day
    }
}
