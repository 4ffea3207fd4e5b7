package io.mentorfeed.ingest.parse;

/** A body that is not a feed Rome can read; the message is one line, fit for a log and a dead-letter header. */
public final class FeedParseException extends Exception {
    public FeedParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
