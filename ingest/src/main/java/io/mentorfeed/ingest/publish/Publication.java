package io.mentorfeed.ingest.publish;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.FetchOutcome;
import io.mentorfeed.model.IngestedEntry;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Everything one poll of one feed writes to Kafka, in the order it is written: the entries (feed order), a dead
 * letter when the body did not parse, the fetch outcome, then the feed's new state.
 */
public record Publication(List<IngestedEntry> entries, ProducerRecord<byte[], byte[]> deadLetter,
                          FetchOutcome outcome, FeedState state) {
    public Publication {
        entries = entries == null ? List.of() : List.copyOf(entries);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(state, "state");
    }
}
