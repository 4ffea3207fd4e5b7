package io.mentorfeed.ingest.websub;

/**
 * Where a signed push goes: ingest's own path for a polled body (parse, new entries only, publish with the feed's
 * state), run for that feed alone, never beside one of its polls.
 */
@FunctionalInterface
public interface PushSink {
    /** What became of a pushed body. */
    enum Delivery {
        /** Published (or nothing new in it), with the feed's state, in one Kafka transaction. */
        TAKEN,
        /** This instance does not poll that mentor's feed (any more). */
        NOT_FOLLOWED,
        /** Kafka refused the records: the hub may push again, and the next poll reads the feed anyway. */
        NOT_RECORDED
    }

    Delivery deliver(String mentorId, byte[] body, String contentType);
}
