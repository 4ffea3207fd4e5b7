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

    @Test
    void onlyTheLatestThreadsAreKeptAndRepliesCountUpToTheCommenters() {
        MentorHabits habits = MentorHabits.none();
        for (int i = 0; i < 5; i++) {
            habits = habits.withThread(new io.mentorfeed.model.CommentThread("fred", "fred-" + i, "e" + i, "u",
                    TUESDAY_2PM, i == 0 ? 12 : 2, i == 0 ? 10 : 1, i == 0 ? 2 : 1), 3);
        }

        assertThat(habits.threads()).extracting(ThreadReplies::postId).containsExactly("fred-2", "fred-3", "fred-4");
        assertThat(habits.replies()).isEqualTo(new ReplyHabit(3, 1.0));
        // Ten replies to two readers answer two readers, not ten: with two unanswered elsewhere, half are answered.
        assertThat(MentorHabits.none()
                .withThread(new io.mentorfeed.model.CommentThread("fred", "p", "e", "u", TUESDAY_2PM, 12, 10, 2), 3)
                .withThread(new io.mentorfeed.model.CommentThread("fred", "q", "f", "u", TUESDAY_2PM, 2, 0, 2), 3)
                .replies()).isEqualTo(new ReplyHabit(2, 0.5));
        assertThat(habits.withPost(TUESDAY_2PM, 3).threads()).hasSize(3);
    }
}
