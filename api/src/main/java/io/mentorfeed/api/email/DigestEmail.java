package io.mentorfeed.api.email;

import java.time.LocalDate;

/**
 * A rendered digest email: both parts of the multipart/alternative body and the headers that matter.
 *
 * @param to             the reader's address (null in a preview of a profile without one)
 * @param listUnsubscribe the one-click unsubscribe URL (List-Unsubscribe, RFC 8058)
 * @param items          how many posts it lists
 */
public record DigestEmail(String profileId, LocalDate date, String to, String subject, String html, String text,
                          String messageId, String listUnsubscribe, int items) {
}
