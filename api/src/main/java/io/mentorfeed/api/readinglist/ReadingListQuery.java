package io.mentorfeed.api.readinglist;

import io.mentorfeed.model.Action;
import java.time.Instant;

/**
 * The filters and page of a reading-list request, already validated.
 *
 * @param status  which items: unread (default), snoozed, done, or all
 * @param mentor  only this mentor's posts, or null
 * @param tag     only posts with this tag, or null
 * @param action  only this action, or null (skip items are shown only when asked for)
 * @param since   only posts published at or after this instant, or null
 * @param limit   page size, 1 to {@link #MAX_LIMIT}
 * @param after   where the previous page ended, or null for the first page
 */
public record ReadingListQuery(Status status, String mentor, String tag, Action action, Instant since, int limit,
                               Cursor after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public enum Status { UNREAD, SNOOZED, DONE, ALL }

    public ReadingListQuery {
        status = status == null ? Status.UNREAD : status;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static ReadingListQuery firstPage(int limit) {
        return new ReadingListQuery(Status.UNREAD, null, null, null, null, limit, null);
    }
}
