package io.mentorfeed.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollRhythmTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private final PollRhythm rhythm = new PollRhythm(Duration.ofMinutes(15), Duration.ofMinutes(5),
            Duration.ofHours(6), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFeedIsPolledFourTimesBetweenPostsUpToTheCeiling() {
        assertThat(rhythm.interval(null, hoursAgo(2, 4, 6, 8))).isEqualTo(Duration.ofMinutes(30));
        assertThat(rhythm.interval(null, hoursAgo(10, 20))).isEqualTo(Duration.ofMinutes(150));
        assertThat(rhythm.interval(null, daysAgo(1, 8, 15, 22))).isEqualTo(Duration.ofHours(6));
        assertThat(rhythm.interval(null, daysAgo(1, 2, 3, 4))).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aQuietFeedIsPolledAtTheCeilingAndAVeryBusyOneAtTheFloor() {
        assertThat(rhythm.interval(null, daysAgo(40, 60))).isEqualTo(Duration.ofHours(6));
        assertThat(rhythm.interval(null, recent(5000))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void withoutDatesTheConfiguredIntervalIsUsed() {
        List<Instant> none = new ArrayList<>();
        none.add(null);
        assertThat(rhythm.interval(null, none)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theServersHintIsAFloorButNotAboveTheCeiling() {
        assertThat(rhythm.interval(Duration.ofHours(1), List.of())).isEqualTo(Duration.ofHours(1));
        assertThat(rhythm.interval(Duration.ofMinutes(1), List.of())).isEqualTo(Duration.ofMinutes(15));
        assertThat(rhythm.interval(Duration.ofDays(2), List.of())).isEqualTo(Duration.ofHours(6));
    }

    private static List<Instant> daysAgo(int... days) {
        List<Instant> instants = new ArrayList<>();
        for (int day : days) {
            instants.add(NOW.minus(Duration.ofDays(day)));
        }
        return instants;
    }

    private static List<Instant> hoursAgo(int... hours) {
        List<Instant> instants = new ArrayList<>();
        for (int hour : hours) {
            instants.add(NOW.minus(Duration.ofHours(hour)));
        }
        return instants;
    }

    /** {@code count} posts five minutes apart, all within the window. */
    private static List<Instant> recent(int count) {
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instants.add(NOW.minus(Duration.ofMinutes(5L * i)));
        }
        return instants;
    }
}
