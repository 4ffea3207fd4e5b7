package io.mentorfeed.api.readinglist;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.mentorfeed.api.digest.DigestItem;

/** A digest item as the reading list shows it, with where the reader stands on it (unread, snoozed, done). */
public record ReadingListItem(@JsonUnwrapped DigestItem item, String status) {
}
