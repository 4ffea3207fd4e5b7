package io.mentorfeed.app.admin;

import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What `admin sent-digests` shows: one reader's records on {@code mentorfeed.sent-digests} for their last N local
 * days, newest first. A record exists once a sender claimed, skipped or failed that day, so a missing day is one the
 * scheduler has not reached. A record carries no reason: a skipped day is an empty digest (the only skip the sender
 * makes), and a failed one's reason is in the dead letter the sender wrote with it.
 *
 * @param timeZone the reader's zone: the dates are local dates there, so "today" is the reader's today
 */
public record DigestHistory(String profile, String timeZone, LocalDate from, LocalDate to, List<Row> digests) {
    static final String RUNBOOK = "docs/runbooks/digest-not-sent.md";
    /** The log line and the mentorfeed.email.skipped tag say the same. */
    static final String SKIPPED_REASON = "empty";
    private static final String DEAD_LETTER_SOURCE = "email";

    /**
     * One day's record.
     *
     * @param reason why it was skipped or failed; null for a claimed one, or a failed one whose dead letter is gone
     */
    public record Row(LocalDate date, String state, Instant claimedAt, String instance, int items, String messageId,
                      String reason) {}

    public DigestHistory {
        digests = List.copyOf(digests);
    }

    /** The first local date of the last {@code days} days, today included. */
    static LocalDate firstDay(LocalDate today, int days) {
        return today.minusDays(days - 1L);
    }

    /** The reader's records dated within the last {@code days} local days. */
    static List<SentDigest> within(Collection<SentDigest> records, String profileId, LocalDate today, int days) {
        LocalDate from = firstDay(today, days);
        return records.stream()
                .filter(d -> d.profileId().equals(profileId))
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(today))
                .toList();
    }

    /**
     * @param records     sent-digest records (any reader, any date: only this reader's window is kept)
     * @param deadLetters the dead-letter topic, read only when a failed record needs its reason (else empty)
     */
    static DigestHistory of(Profile profile, LocalDate today, int days, Collection<SentDigest> records,
                            Collection<DeadLetter> deadLetters) {
        Map<String, DeadLetter> failures = deadLetters.stream()
                .filter(l -> DEAD_LETTER_SOURCE.equals(l.source()) && l.origin() != null)
                .sorted(Comparator.comparing(DeadLetter::time))
                .collect(Collectors.toMap(DeadLetter::origin, Function.identity(), (older, newer) -> newer));
        List<Row> rows = within(records, profile.id(), today, days).stream()
                .sorted(Comparator.comparing(SentDigest::date).reversed())
                .map(d -> new Row(d.date(), d.status(), d.claimedAt(), d.sender(), d.items(), d.messageId(),
                        reason(d, failures.get(deadLetterOrigin(d)))))
                .toList();
        return new DigestHistory(profile.id(), profile.timeZone().getId(), firstDay(today, days), today, rows);
    }

    /** Where the email sender's dead letter for this record says it came from. */
    static String deadLetterOrigin(SentDigest digest) {
        return Topics.SENT_DIGESTS.name() + "/" + digest.key();
    }

    private static String reason(SentDigest digest, DeadLetter failure) {
        return switch (digest.status()) {
            case SentDigest.SKIPPED -> SKIPPED_REASON;
            // A dropped dead letter takes the reason with it: the log line `email digest not sent` still has it.
            case SentDigest.FAILED -> failure == null ? null : failure.errorClass() + ": " + failure.reasonFirstLine();
            default -> null;
        };
    }

    String render() {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (digests.isEmpty()) {
            return "no digest claimed for " + profile + " in the last " + days + (days == 1 ? " day" : " days")
                    + ": the scheduler has not reached it; see " + RUNBOOK + "\n";
        }
        TextTable table = new TextTable("DATE", "STATE", "CLAIMED AT", "INSTANCE", "ITEMS", "MESSAGE-ID", "REASON");
        digests.forEach(r -> table.row(r.date(), r.state(), r.claimedAt(), r.instance(), r.items(), r.messageId(),
                r.reason()));
        return "digests of " + profile + " from " + from + " to " + to + " (" + timeZone + "), newest first:\n"
                + table.render();
    }
}
