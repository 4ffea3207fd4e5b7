package io.mentorfeed.api.email;

import io.mentorfeed.model.SentDigest;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Where the email writes what it did: the sent-digests topic and the dead letters, in Kafka. */
public interface EmailLedger {
    /** Writes the record and waits for the broker's acknowledgement; throws when it is not durable. */
    void record(SentDigest sentDigest);

    void deadLetter(ProducerRecord<byte[], byte[]> record);
}
