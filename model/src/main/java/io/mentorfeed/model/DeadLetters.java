package io.mentorfeed.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Dead letters keep the bytes that failed (cut to {@link #MAX_KEPT_BYTES}) and say why in headers: the same shape
 * as Kafka Streams' own dead-letter queue, which the processor uses, so one topic serves every service. Tools that
 * read the topic understand both header sets: ours ({@code mentorfeed.dlq.*}) and Streams' ({@code __streams.errors.*}).
 */
public final class DeadLetters {
    /** Which component gave up on the record: "ingest", "processor", "api", "email". */
    public static final String SOURCE = "mentorfeed.dlq.source";
    /** A one-line, human-readable reason. */
    public static final String REASON = "mentorfeed.dlq.reason";
    /** A short stable word for counting ("parse", "serde", "rule", ...). */
    public static final String ERROR_CLASS = "mentorfeed.dlq.error-class";
    /** Where the record came from: a feed URL, or topic-partition@offset. */
    public static final String ORIGIN = "mentorfeed.dlq.origin";
    public static final String AT = "mentorfeed.dlq.at";

    /** Headers Kafka Streams writes on its dead letters (KIP-1034). */
    public static final String STREAMS_EXCEPTION = "__streams.errors.exception";
    public static final String STREAMS_MESSAGE = "__streams.errors.message";
    public static final String STREAMS_TOPIC = "__streams.errors.topic";
    public static final String STREAMS_PARTITION = "__streams.errors.partition";
    public static final String STREAMS_OFFSET = "__streams.errors.offset";

    /** Enough of a feed body or a record to diagnose it, without storing a huge payload twice. */
    public static final int MAX_KEPT_BYTES = 4096;

    private DeadLetters() {}

    public static ProducerRecord<byte[], byte[]> record(String source, String origin, byte[] key, byte[] payload,
                                                        String errorClass, String reason, Instant at) {
        byte[] kept = payload == null || payload.length <= MAX_KEPT_BYTES ? payload : Arrays.copyOf(payload, MAX_KEPT_BYTES);
        var record = new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, kept);
        Headers headers = record.headers();
        headers.add(SOURCE, utf8(source));
        headers.add(ORIGIN, utf8(origin));
        headers.add(ERROR_CLASS, utf8(errorClass));
        headers.add(REASON, utf8(reason));
        headers.add(AT, utf8(at.toString()));
        return record;
    }

    public static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
