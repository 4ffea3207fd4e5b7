package io.mentorfeed.processor.relationship;

import io.mentorfeed.processor.recommend.Ages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a response should wait, and until when: the per-mentor weekly cap, the minimum gap between two responses to
 * one mentor, the reader's daily budget (in their time zone), and their own snooze. When several hold, the latest
 * end wins and every one of them is a reason.
 */
public final class HoldBack {
    private static final Duration WEEK = Duration.ofDays(7);

    private final RelationshipRules rules;

    public HoldBack(RelationshipRules rules) {
        this.rules = rules;
    }

    /** A hold: until when, and why in the reader's words. */
    public record Hold(Instant until, List<String> reasons) {}

    /**
     * @param respondNowShown the other mentors whose respond-now posts the reader's digest shows now
     */
    public Optional<Hold> check(ProfileHistory history, String mentorId, String mentorName, ZoneId zone,
                                long respondNowShown, Instant snoozedUntil, Instant now) {
        Instant until = null;
        List<String> reasons = new ArrayList<>();
        List<Instant> thisWeek = history.responsesTo(mentorId, now.minus(WEEK));
        if (thisWeek.size() >= rules.weeklyCapPerMentor()) {
            // The oldest response that still counts must leave the rolling week first.
            until = later(until, thisWeek.get(thisWeek.size() - rules.weeklyCapPerMentor()).plus(WEEK));
            reasons.add("You have responded to " + mentorName + " " + times(thisWeek.size())
                    + " this week; the limit is " + rules.weeklyCapPerMentor());
        }
        Optional<Instant> last = history.lastResponseTo(mentorId);
        if (last.isPresent() && last.get().plus(rules.minGapPerMentor()).isAfter(now)) {
            until = later(until, last.get().plus(rules.minGapPerMentor()));
            reasons.add("You responded to " + mentorName + " " + Ages.ago(Duration.between(last.get(), now))
                    + "; leave " + Ages.describe(rules.minGapPerMentor()) + " between responses");
        }
        ZonedDateTime startOfDay = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        // The budget counts what the reader is shown: today's responses and the respond-now rows of the digest, so
        // "used up" never comes with fewer of them on screen (api.max-respond-now is at least the budget). A row
        // frees when the reader acts on it or its window closes; every re-decision looks again.
        long written = history.responsesSince(startOfDay.toInstant());
        if (written + respondNowShown >= rules.dailyBudget()) {
            until = later(until, startOfDay.plusDays(1).toInstant());
            reasons.add("Today's budget of " + rules.dailyBudget() + " responses is used up: "
                    + budgetUse(respondNowShown, written));
        }
        if (snoozedUntil != null && snoozedUntil.isAfter(now)) {
            until = later(until, snoozedUntil);
            reasons.add("You snoozed it for " + Ages.describe(Duration.between(now, snoozedUntil)));
        }
        return until == null ? Optional.empty() : Optional.of(new Hold(until, reasons));
    }

    private static String budgetUse(long shown, long written) {
        String toDo = shown == 1 ? "1 post to respond to in your digest" : shown + " posts to respond to in your digest";
        String done = written == 1 ? "1 response written today" : written + " responses written today";
        return shown == 0 ? done : written == 0 ? toDo : toDo + ", " + done;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
