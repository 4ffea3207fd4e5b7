package io.mentorfeed.ingest.comments;

import io.mentorfeed.ingest.fetch.Validators;
import java.time.Duration;
import java.time.Instant;

/**
 * One post whose comments feed is watched: where it is, who the mentor is there (the entry's and the feed's
 * authors), when the post was published (or first seen), and what the last fetch left: validators for the next
 * conditional GET, when it was, and the counts last published (null: none yet).
 */
public record WatchedThread(String entryId, String commentsFeedUrl, String entryAuthor, String feedAuthor,
                            Instant published, Validators validators, Instant lastFetchAt, CommentCount lastCounts) {

    static WatchedThread first(String entryId, String commentsFeedUrl, String entryAuthor, String feedAuthor,
                               Instant published) {
        return new WatchedThread(entryId, commentsFeedUrl, entryAuthor, feedAuthor, published, Validators.none(),
                null, null);
    }

    /** After a fetch: new validators and counts when there are some, else the old ones. */
    WatchedThread fetched(Instant at, Validators newValidators, CommentCount counts) {
        return new WatchedThread(entryId, commentsFeedUrl, entryAuthor, feedAuthor, published,
                newValidators == null ? validators : newValidators, at, counts == null ? lastCounts : counts);
    }

    boolean isDue(Instant now, Duration every) {
        return lastFetchAt == null || !now.isBefore(lastFetchAt.plus(every));
    }
}
