package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.ParsedFeed;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What one poll found, before it is published. Null {@code validators}, {@code bodyHash} or {@code entryIds}
 * mean "keep what we had" (a 304, an unchanged body, an error). {@code entries} are the new ones only, to be
 * published; {@code entriesInFeed} counts all the document held; {@code interval} the feed's rhythm when the
 * document told it (null: keep the last one); {@code document} the whole document read, when one was (for the
 * comments feeds of its entries).
 */
record PollResult(int status, long bytes, List<IngestedEntry> entries, int newEntries, int entriesInFeed,
                  Validators validators,
                  String bodyHash, List<String> entryIds, ProducerRecord<byte[], byte[]> deadLetter,
                  String errorClass, String error, Duration interval, ParsedFeed document) {

    static PollResult notModified() {
        return new PollResult(304, 0, List.of(), 0, 0, null, null, null, null, null, null, null, null);
    }

    static PollResult unchanged(long bytes) {
        return new PollResult(200, bytes, List.of(), 0, 0, null, null, null, null, null, null, null, null);
    }

    static PollResult failed(int status, String errorClass, String error) {
        return new PollResult(status, 0, List.of(), 0, 0, null, null, null, null, errorClass, error, null, null);
    }

    boolean ok() {
        return errorClass == null;
    }
}
