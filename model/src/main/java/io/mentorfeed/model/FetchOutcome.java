package io.mentorfeed.model;

import java.time.Instant;

/**
 * One poll of one feed, as written to {@code mentorfeed.fetch-log}: what happened, how big, how long.
 * {@code errorClass} is a short stable word ("timeout", "http-5xx", "parse", ...) for counting; null when ok.
 */
public record FetchOutcome(String mentorId, String feedUrl, Instant at, int status, long bytes, long durationMillis,
                           int entries, int newEntries, String errorClass, String error) {
    public boolean ok() {
        return errorClass == null;
    }
}
