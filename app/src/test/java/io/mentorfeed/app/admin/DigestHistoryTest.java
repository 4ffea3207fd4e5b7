package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DigestHistoryTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-07");
    private static final Profile ME = new Profile("me", "Me", "me@example.org", ZoneId.of("Europe/London"), 7,
            List.of(), List.of());

    @Test
    void keepsTheReadersRecordsOfTheLastNLocalDaysNewestFirst() {
        List<SentDigest> records = List.of(
                digest("me", "2025-03-01", SentDigest.CLAIMED),   // 7 days ago: first day of the window
                digest("me", "2025-02-28", SentDigest.CLAIMED),   // 8 days ago: outside
                digest("me", "2025-03-07", SentDigest.CLAIMED),   // today
                digest("you", "2025-03-06", SentDigest.CLAIMED)); // another reader

        DigestHistory history = DigestHistory.of(ME, TODAY, 7, records, List.of());

        assertThat(history.from()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(history.to()).isEqualTo(TODAY);
        assertThat(history.digests()).extracting(DigestHistory.Row::date)
                .containsExactly(LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-01"));
        assertThat(DigestHistory.of(ME, TODAY, 1, records, List.of()).digests()).hasSize(1);
    }

    @Test
    void aFailedDayTakesItsReasonFromTheEmailDeadLetterOfThatRecordAndASkippedOneIsEmpty() {
        SentDigest failed = digest("me", "2025-03-06", SentDigest.FAILED);
        SentDigest otherDay = digest("me", "2025-03-05", SentDigest.FAILED);
        List<DeadLetter> letters = List.of(
                deadLetter("email", DigestHistory.deadLetterOrigin(failed), "smtp-5xx",
                        "550 mailbox unavailable\nmore"),
                deadLetter("processor", DigestHistory.deadLetterOrigin(otherDay), "rule", "not this one"));

        DigestHistory history = DigestHistory.of(ME, TODAY, 7,
                List.of(failed, otherDay, digest("me", "2025-03-04", SentDigest.SKIPPED),
                        digest("me", "2025-03-03", SentDigest.CLAIMED)), letters);

        assertThat(history.digests()).extracting(DigestHistory.Row::reason)
                .containsExactly("smtp-5xx: 550 mailbox unavailable", null, "empty", null);
        assertThat(DigestHistory.deadLetterOrigin(failed)).isEqualTo("mentorfeed.sent-digests/me/2025-03-06");
    }

    @Test
    void rendersAHeadingAndALinedUpTable() {
        DigestHistory history = DigestHistory.of(ME, TODAY, 3, List.of(
                digest("me", "2025-03-06", SentDigest.SKIPPED),
                digest("me", "2025-03-07", SentDigest.CLAIMED)), List.of());

        assertThat(history.render()).isEqualTo("""
                digests of me from 2025-03-05 to 2025-03-07 (Europe/London), newest first:
                DATE        STATE    CLAIMED AT            INSTANCE  ITEMS  MESSAGE-ID                    REASON
                2025-03-07  claimed  2025-03-07T07:00:05Z  api-1     3      <digest.me.2025-03-07@x.org>  -
                2025-03-06  skipped  2025-03-06T07:00:05Z  api-1     3      <digest.me.2025-03-06@x.org>  empty
                """);
    }

    @Test
    void noRecordIsSaidPlainlyWithTheRunbook() {
        assertThat(DigestHistory.of(ME, TODAY, 7, List.of(digest("me", "2025-02-01", SentDigest.CLAIMED)), List.of())
                .render()).isEqualTo("no digest claimed for me in the last 7 days: the scheduler has not reached it;"
                + " see docs/runbooks/digest-not-sent.md\n");
        assertThat(DigestHistory.of(ME, TODAY, 1, List.of(), List.of()).render()).contains("in the last 1 day:");
    }

    private static SentDigest digest(String profile, String date, String status) {
        LocalDate day = LocalDate.parse(date);
        return new SentDigest(profile, day, "Europe/London", Instant.parse(date + "T07:00:05Z"), status,
                "<digest." + profile + "." + date + "@x.org>", 3, "api-1");
    }

    private static DeadLetter deadLetter(String source, String origin, String errorClass, String reason) {
        Instant at = Instant.parse("2025-03-06T07:00:09Z");
        var record = DeadLetters.record(source, origin, new byte[0], new byte[0], errorClass, reason, at);
        return DeadLetter.of(new ConsumerRecord<>("mentorfeed.dead-letters", 0, 0, at.toEpochMilli(),
                TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(), record.headers(), Optional.empty()));
    }
}
