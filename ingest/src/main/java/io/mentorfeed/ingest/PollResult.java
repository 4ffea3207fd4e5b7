package io.mentorfeed.ingest;

import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.ParsedFeed;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What one poll found, before it is published: one shape per outcome, each holding only what that outcome knows.
 * Only a {@link Read} document changes the feed's memory ({@link FeedMemory}); every other outcome keeps it.
 */
sealed interface PollResult {
    /** HTTP status of the poll (0 when no response came). */
    int status();

    /** Body bytes read (after decompression). */
    long bytes();

    /** Entries to publish: the new ones of a document read, none otherwise. */
    default List<IngestedEntry> entries() {
        return List.of();
    }

    /** Entries the document held, new or not. */
    default int entriesInFeed() {
        return 0;
    }

    /** A record for mentorfeed.dead-letters, when the body could not be read. */
    default ProducerRecord<byte[], byte[]> deadLetter() {
        return null;
    }

    /** Why the poll failed (timeout, http-4xx, parse, ...), null when it did not. */
    default String errorClass() {
        return null;
    }

    default String error() {
        return null;
    }

    default boolean ok() {
        return errorClass() == null;
    }

    /** 304: the document did not change since the validators the feed sent. */
    record NotModified() implements PollResult {
        @Override
        public int status() {
            return 304;
        }

        @Override
        public long bytes() {
            return 0;
        }
    }

    /** 200 with the very body read last time (some servers ignore validators): nothing to read. */
    record Unchanged(long bytes) implements PollResult {
        @Override
        public int status() {
            return 200;
        }
    }

    /** A document read: its new entries to publish, and what the feed's memory becomes. */
    record Read(int status, long bytes, ParsedFeed document, List<IngestedEntry> entries, FeedMemory memory)
            implements PollResult {
        @Override
        public int entriesInFeed() {
            return document.entries().size();
        }
    }

    /** A body that did not parse: a dead letter keeps it, and the poll counts as failed. */
    record Unreadable(int status, long bytes, String error, ProducerRecord<byte[], byte[]> deadLetter)
            implements PollResult {
        @Override
        public String errorClass() {
            return "parse";
        }
    }

    /** No document: the fetch failed (timeout, refused address, HTTP error ...). */
    record Failed(int status, String errorClass, String error) implements PollResult {
        @Override
        public long bytes() {
            return 0;
        }
    }

    /**
     * What a feed remembers from the last document read: the validators for the next conditional GET, the body's
     * hash, the ids of its recent entries (so none is published twice) and its rhythm (null: the last known one).
     */
    record FeedMemory(Validators validators, String bodyHash, List<String> recentIds, Duration interval) {}
}
