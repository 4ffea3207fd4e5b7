package io.mentorfeed.api.readinglist;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.mentorfeed.api.digest.DigestItem;

/**
 * A digest item as the reading list shows it, with where the reader stands on it (unread, snoozed, done) and
 * whether they starred it (in a feed reader, through the Google Reader API).
 */
public record ReadingListItem(@JsonUnwrapped DigestItem item, String status, boolean starred) {
    public boolean unread() {
        return "unread".equals(status);
    }
}
