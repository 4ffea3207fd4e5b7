package io.mentorfeed.ingest.publish;

import static io.mentorfeed.ingest.LogValues.quotable;

import io.mentorfeed.model.CommentThread;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what polls produce to Kafka. A poll's entries, dead letter, fetch outcome and feed state are committed in
 * one Kafka transaction ({@link GroupCommitter}), so the feed state never says "seen" for an entry that is not on
 * mentorfeed.entries, and an entry is never on it (for read_committed readers) without the state that says so.
 * Thread-safe: the fetch pool calls {@link #publish} concurrently and the calls are committed in groups.
 */
public final class EntryPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EntryPublisher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Kafka refuses a record over {@code max.request.size} (1 MB by default), and one refused record aborts the
     * whole group's transaction, other feeds' polls with it. The parser's caps keep a feed's own fields well under
     * this; an entry with a long article attached can still pass it.
     */
    static final int MAX_ENTRY_BYTES = 900_000;

    private final GroupCommitter committer;

    /** @param transactionalId unique per running instance (see docs/ingest.md) */
    public EntryPublisher(Map<String, Object> kafkaProperties, String transactionalId) {
        this.committer = new GroupCommitter(kafkaProperties, transactionalId, ACK_TIMEOUT);
    }

    /** Commits one poll's records atomically, waiting until Kafka has them; throws KafkaException otherwise. */
    public void publish(Publication publication) {
        String mentorId = publication.state().mentorId();
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (IngestedEntry entry : publication.entries()) {
            records.add(entryRecord(mentorId, entry));
        }
        if (publication.deadLetter() != null) {
            records.add(publication.deadLetter());
        }
        records.add(record(Topics.FETCH_LOG, mentorId, publication.outcome()));
        records.add(record(Topics.FEED_STATE, mentorId, publication.state()));
        await(committer.submit(records));
    }

    /**
     * Commits the comment threads one poll read, in a transaction of their own: a feed's poll is recorded whether or
     * not its comments feeds could be read.
     */
    public void publishComments(List<CommentThread> threads) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (CommentThread thread : threads) {
            records.add(record(Topics.COMMENTS, thread.mentorId(), thread));
        }
        await(committer.submit(records));
    }

    /** Keeps a record no one could read (a mentor that is not JSON, say), with why, on the dead-letter topic. */
    public void deadLetter(String origin, byte[] key, byte[] payload, String errorClass, String reason) {
        await(committer.submit(List.of(
                DeadLetters.record("ingest", origin, key, payload, errorClass, reason, Instant.now()))));
    }

    /** A dead letter for a feed body that did not parse, keyed by mentor id. */
    public static ProducerRecord<byte[], byte[]> unparsableBody(String mentorId, String feedUrl, byte[] body,
                                                                String reason, Instant at) {
        return DeadLetters.record("ingest", feedUrl, mentorId.getBytes(StandardCharsets.UTF_8), body, "parse",
                reason, at);
    }

    /**
     * The entry's record; an entry too large for Kafka goes without its fetched article, and one still too large
     * becomes a dead letter (its first bytes, and why), so the rest of the poll and of the group is committed.
     */
    static ProducerRecord<byte[], byte[]> entryRecord(String mentorId, IngestedEntry entry) {
        ProducerRecord<byte[], byte[]> record = record(Topics.ENTRIES, mentorId, entry);
        if (record.value().length <= MAX_ENTRY_BYTES) {
            return record;
        }
        int size = record.value().length;
        if (entry.entry().fullContentHtml() != null) {
            log.warn("entry too large, article dropped mentor={} entry=\"{}\" bytes={} limit={}", mentorId,
                    quotable(entry.entry().id()), size, MAX_ENTRY_BYTES);
            return entryRecord(mentorId, new IngestedEntry(entry.mentorId(), entry.feedUrl(), entry.fetchedAt(),
                    entry.feed(), entry.entry().withFullContentHtml(null)));
        }
        log.warn("entry too large, dead-lettered mentor={} entry=\"{}\" bytes={} limit={}", mentorId,
                quotable(entry.entry().id()), size, MAX_ENTRY_BYTES);
        return DeadLetters.record("ingest", entry.feedUrl(), record.key(), record.value(), "too-large",
                "entry of " + size + " bytes, over the " + MAX_ENTRY_BYTES + "-byte limit", entry.fetchedAt());
    }

    private static <V> ProducerRecord<byte[], byte[]> record(Topic<String, V> topic, String key, V value) {
        return new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    private static void await(CompletableFuture<Void> committed) {
        try {
            committed.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting for Kafka to commit", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException k ? k
                    : new KafkaException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("Kafka did not commit within " + ACK_TIMEOUT, e);
        }
    }

    /** Commits what is queued, then closes. */
    @Override
    public void close() {
        committer.close();
    }

    /** Drops the producer without committing what is in flight, as a crash would; for tests of crashes. */
    public void abandon() {
        committer.abandon();
    }
}
