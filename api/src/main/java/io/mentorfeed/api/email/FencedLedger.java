package io.mentorfeed.api.email;

import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * The scheduler's ledger: each write is a Kafka transaction that also commits an offset of the profile's
 * partition for the email consumer group, with that consumer's group metadata (KIP-447). The group coordinator
 * refuses the commit if this instance no longer owns the partition (a newer generation exists), so an instance
 * that lost the profile during a pause cannot claim it: the claim aborts and nothing is sent.
 * Called on the scheduler thread only (the consumer is not thread-safe).
 */
final class FencedLedger implements EmailLedger {
    private final KafkaProducer<byte[], byte[]> producer;
    private final Supplier<ConsumerGroupMetadata> group;
    private final Map<TopicPartition, Long> positions;
    private final Set<String> committed = ConcurrentHashMap.newKeySet();
    private TopicPartition partition;

    /** @param positions this consumer's position per owned partition, committed with each claim */
    FencedLedger(KafkaProducer<byte[], byte[]> producer, Supplier<ConsumerGroupMetadata> group,
                 Map<TopicPartition, Long> positions) {
        this.producer = producer;
        this.group = group;
        this.positions = positions;
    }

    /** The profile partition that the following writes are fenced on. */
    FencedLedger on(TopicPartition profilePartition) {
        this.partition = profilePartition;
        return this;
    }

    boolean committed(String key) {
        return committed.contains(key);
    }

    @Override
    public void record(SentDigest sentDigest) {
        byte[] key = Topics.SENT_DIGESTS.keySerde().serializer().serialize(Topics.SENT_DIGESTS.name(), sentDigest.key());
        byte[] value = Topics.SENT_DIGESTS.valueSerde().serializer().serialize(Topics.SENT_DIGESTS.name(), sentDigest);
        inTransaction(new ProducerRecord<>(Topics.SENT_DIGESTS.name(), key, value));
        committed.add(sentDigest.key());
    }

    @Override
    public void deadLetter(ProducerRecord<byte[], byte[]> record) {
        inTransaction(record);
    }

    private void inTransaction(ProducerRecord<byte[], byte[]> record) {
        producer.beginTransaction();
        try {
            producer.send(record);
            Long position = positions.get(partition);
            if (position == null) {
                throw new KafkaException("partition " + partition + " is no longer assigned to this instance");
            }
            producer.sendOffsetsToTransaction(Map.of(partition, new OffsetAndMetadata(position)), group.get());
            producer.commitTransaction(); // flushes, waits for the acks, and fails if the group moved on
        } catch (ProducerFencedException e) {
            throw e; // fatal for this producer: the scheduler stops
        } catch (KafkaException e) {
            producer.abortTransaction();
            throw e;
        }
    }
}
