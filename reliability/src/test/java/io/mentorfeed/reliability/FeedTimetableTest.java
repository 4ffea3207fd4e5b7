package io.mentorfeed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedTimetableTest {
    private static final long T0 = 1_000_000;

    @Test
    void feedsShowTheirInitialEntriesUntilPublishingBegins() {
        var timetable = new FeedTimetable(4, 5, 20, Duration.ofSeconds(1), T0);

        assertThat(timetable.visible(0, T0 + 60_000)).isEqualTo(5);
        assertThat(timetable.revealedAt(3, 5)).isEqualTo(Instant.ofEpochMilli(T0));
    }

    @Test
    void eachFeedShowsOneMoreEntryPerIntervalStaggeredAcrossTheFeeds() {
        var timetable = new FeedTimetable(4, 5, 20, Duration.ofSeconds(1), T0);
        timetable.begin(T0);

        assertThat(timetable.visible(0, T0 + 999)).isEqualTo(5);
        assertThat(timetable.visible(0, T0 + 1_000)).isEqualTo(6);
        assertThat(timetable.visible(2, T0 + 1_000)).isEqualTo(5); // its turn comes half an interval later
        assertThat(timetable.visible(2, T0 + 1_500)).isEqualTo(6);
        assertThat(timetable.revealedAt(2, 6)).isEqualTo(Instant.ofEpochMilli(T0 + 1_500));
    }

    @Test
    void finishingEarlyStillLetsTheSlowestFeedReachTheMinimumThenNothingGrows() {
        var timetable = new FeedTimetable(4, 5, 20, Duration.ofSeconds(1), T0);
        timetable.begin(T0);

        long stop = timetable.finish(T0 + 3_000);

        assertThat(stop).isEqualTo(T0 + 750 + 15_000);
        assertThat(timetable.growing(stop - 1)).isTrue();
        assertThat(timetable.growing(stop)).isFalse();
        assertThat(timetable.visible(3, stop + 60_000)).isEqualTo(20);
        assertThat(timetable.visible(0, stop + 60_000)).isEqualTo(20);
    }

    @Test
    void finishingLateStopsTheFeedsWhereTheyAre() {
        var timetable = new FeedTimetable(4, 5, 20, Duration.ofSeconds(1), T0);
        timetable.begin(T0);

        long stop = timetable.finish(T0 + 30_000);

        assertThat(stop).isEqualTo(T0 + 30_000);
        assertThat(timetable.visible(0, T0 + 90_000)).isEqualTo(35);
    }
}
