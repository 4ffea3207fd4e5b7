package io.mentorfeed.processor.recommend;

import java.time.Duration;

/** Durations in the words a reader uses: "2 hours", "6 days", "a few minutes". Rounded down, never negative. */
public final class Ages {
    private Ages() {}

    public static String describe(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 2) {
            return "a moment";
        }
        if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return (hours / 24) + " days";
    }

    public static String ago(Duration duration) {
        String words = describe(duration);
        return words.equals("a moment") ? "a moment ago" : words + " ago";
    }
}
