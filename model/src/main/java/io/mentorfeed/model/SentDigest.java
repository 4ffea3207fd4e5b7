package io.mentorfeed.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A daily digest email claimed for one profile and local date, keyed by {@link #key()} on
 * {@code mentorfeed.sent-digests}. Written (and acknowledged) before the message is handed to SMTP, so its
 * presence means "never send this one again", whatever happened to the message afterwards.
 *
 * @param status    what became of it: {@code claimed} (handed to SMTP next), {@code skipped} (nothing worth
 *                  sending that day), {@code failed} (SMTP refused it for good: see the dead letters)
 * @param messageId the Message-ID the email carries (null when skipped)
 * @param items     how many posts the email lists
 * @param sender    which API instance or tool claimed it, for the operator
 */
public record SentDigest(String profileId, LocalDate date, String timeZone, Instant claimedAt, String status,
                         String messageId, int items, String sender) {
    public static final String CLAIMED = "claimed";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    public SentDigest {
        Ids.requireValid("profile id", profileId);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(claimedAt, "claimedAt");
        status = status == null ? CLAIMED : status.toLowerCase(Locale.ROOT);
    }

    public String key() {
        return key(profileId, date);
    }

    /** "profileId/yyyy-mm-dd": one record per reader and local date. */
    public static String key(String profileId, LocalDate date) {
        return profileId + "/" + date;
    }

    public SentDigest withStatus(String newStatus) {
        return new SentDigest(profileId, date, timeZone, claimedAt, newStatus, messageId, items, sender);
    }
}
