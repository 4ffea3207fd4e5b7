package io.mentorfeed.processor.mentors;

import io.mentorfeed.model.CommentThread;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the processor has learnt of a mentor from their posts: when they publish (hour of day and weekday, UTC) and,
 * where the feed gives comment counts, how busy their comment sections are, and, where it publishes comments feeds,
 * whether they answer commenters ({@code threads}: the latest threads read, oldest first). Kept per mentor id.
 */
public record MentorHabits(int posts, List<Integer> byHourUtc, List<Integer> byWeekday, long comments,
                           int postsWithCommentCounts, List<ThreadReplies> threads) {
    /** Below this many posts a "usual" day or hour says nothing. */
    static final int RHYTHM_MIN_POSTS = 5;

    public MentorHabits {
        byHourUtc = byHourUtc == null || byHourUtc.size() != 24 ? zeros(24) : List.copyOf(byHourUtc);
        byWeekday = byWeekday == null || byWeekday.size() != 7 ? zeros(7) : List.copyOf(byWeekday);
        threads = threads == null ? List.of() : List.copyOf(threads);
    }

    public static MentorHabits none() {
        return new MentorHabits(0, null, null, 0, 0, null);
    }

    /**
     * A comment thread read again or for the first time: it replaces the same post's older reading and becomes the
     * newest; only the latest {@code keep} threads are kept.
     */
    public MentorHabits withThread(CommentThread thread, int keep) {
        List<ThreadReplies> next = new ArrayList<>(threads);
        next.removeIf(known -> known.postId().equals(thread.postId()));
        next.add(new ThreadReplies(thread.postId(), thread.commenters(), thread.mentorReplies()));
        List<ThreadReplies> kept = next.subList(Math.max(0, next.size() - keep), next.size());
        return new MentorHabits(posts, byHourUtc, byWeekday, comments, postsWithCommentCounts, kept);
    }

    /** How the mentor answers commenters, over the kept threads that had any. */
    public ReplyHabit replies() {
        int withCommenters = 0;
        long commenters = 0;
        long answered = 0;
        for (ThreadReplies thread : threads) {
            if (thread.commenters() > 0) {
                withCommenters++;
                commenters += thread.commenters();
                answered += thread.answered();
            }
        }
        return new ReplyHabit(withCommenters, commenters == 0 ? 0 : (double) answered / commenters);
    }

    /** One more new post, published at {@code at}, with its comment count if the feed gives one. */
    public MentorHabits withPost(Instant at, Integer commentCount) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        List<Integer> hours = new ArrayList<>(byHourUtc);
        hours.set(utc.getHour(), hours.get(utc.getHour()) + 1);
        List<Integer> days = new ArrayList<>(byWeekday);
        int day = utc.getDayOfWeek().getValue() - 1;
        days.set(day, days.get(day) + 1);
        boolean counted = commentCount != null && commentCount >= 0;
        return new MentorHabits(posts + 1, hours, days, comments + (counted ? commentCount : 0),
                postsWithCommentCounts + (counted ? 1 : 0), threads);
    }

    /** The usual number of comments on a post, or null when the feed never said. */
    public Integer typicalComments() {
        return postsWithCommentCounts == 0 ? null : (int) (comments / postsWithCommentCounts);
    }

    /** "on Tuesdays around 14:00 UTC", or null while there are too few posts to tell. */
    public String rhythm() {
        if (posts < RHYTHM_MIN_POSTS) {
            return null;
        }
        String day = DayOfWeek.of(argMax(byWeekday) + 1).name().toLowerCase(Locale.ROOT);
        return "on " + Character.toUpperCase(day.charAt(0)) + day.substring(1) + "s around "
                + String.format(Locale.ROOT, "%02d:00 UTC", argMax(byHourUtc));
    }

    private static int argMax(List<Integer> counts) {
        int best = 0;
        for (int i = 1; i < counts.size(); i++) {
            if (counts.get(i) > counts.get(best)) {
                best = i;
            }
        }
        return best;
    }

    private static List<Integer> zeros(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, 0));
    }
}
