package io.mentorfeed.processor.mentors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentorHabitsTest {
    /** A Tuesday. */
    private static final Instant TUESDAY_2PM = Instant.parse("2026-03-03T14:10:00Z");

    @Test
    void theRhythmIsTheUsualWeekdayAndHourOnceThereAreEnoughPosts() {
        MentorHabits habits = MentorHabits.none();
        for (int week = 0; week < 4; week++) {
            habits = habits.withPost(TUESDAY_2PM.plus(Duration.ofDays(7L * week)), null);
            assertThat(habits.rhythm()).isNull();
        }
        habits = habits.withPost(TUESDAY_2PM.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), null);

        assertThat(habits.posts()).isEqualTo(5);
        assertThat(habits.rhythm()).isEqualTo("on Tuesdays around 14:00 UTC");
    }

    @Test
    void typicalCommentsAverageOnlyThePostsWhoseFeedGaveACount() {
        MentorHabits habits = MentorHabits.none().withPost(TUESDAY_2PM, 120).withPost(TUESDAY_2PM, null)
                .withPost(TUESDAY_2PM, 40);

        assertThat(habits.typicalComments()).isEqualTo(80);
        assertThat(MentorHabits.none().typicalComments()).isNull();
    }
}
