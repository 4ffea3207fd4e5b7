package io.mentorfeed.app.admin;

import io.mentorfeed.model.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One record of the dead-letter topic, read through both header sets: mentorfeed's ({@code mentorfeed.dlq.*}),
 * else Kafka Streams' ({@code __streams.errors.*}), which the processor's deserialization failures carry alone.
 *
 * @param origin      where the record came from: "topic-partition@offset", or a feed URL for a body that did not parse
 * @param replayTopic the topic the kept record can be written back to; null when the origin is not a topic
 * @param mayBeCut    true when the kept value is exactly {@link DeadLetters#MAX_KEPT_BYTES} long and not Streams'
 *                    (which keeps records whole): it may be the cut start of a larger record
 */
public record DeadLetter(RecordPosition position, Instant time, String source, String errorClass, String origin,
                         String reason, String replayTopic, Integer replayPartition, boolean mayBeCut, byte[] key,
                         byte[] value, List<HeaderText> headers) {
    /** A header as text, for `show`. */
    public record HeaderText(String name, String value) {}

    /** Added to a replayed record: where it was replayed from ("mentorfeed.dead-letters-2@41"). */
    public static final String REPLAYED_FROM = "mentorfeed.dlq.replayed-from";

    // A topic name (letters, digits, '.', '_', '-'), a partition and an offset; a URL never matches (':' and '/').
    private static final Pattern TOPIC_ORIGIN = Pattern.compile("([A-Za-z0-9._-]+)-(\\d+)@(\\d+)");

    public static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        boolean streams = headers.lastHeader(DeadLetters.STREAMS_EXCEPTION) != null;
        String origin = DeadLetters.header(headers, DeadLetters.ORIGIN);
        String replayTopic = null;
        Integer replayPartition = null;
        Matcher topicOrigin = TOPIC_ORIGIN.matcher(origin == null ? "" : origin);
        if (topicOrigin.matches()) {
            replayTopic = topicOrigin.group(1);
            replayPartition = Integer.parseInt(topicOrigin.group(2));
        } else if (origin == null && DeadLetters.header(headers, DeadLetters.STREAMS_TOPIC) != null) {
            replayTopic = DeadLetters.header(headers, DeadLetters.STREAMS_TOPIC);
            replayPartition = Integer.parseInt(DeadLetters.header(headers, DeadLetters.STREAMS_PARTITION));
            origin = replayTopic + "-" + replayPartition + "@" + DeadLetters.header(headers, DeadLetters.STREAMS_OFFSET);
        }
        boolean mayBeCut = !streams && record.value() != null && record.value().length == DeadLetters.MAX_KEPT_BYTES;
        return new DeadLetter(new RecordPosition(record.partition(), record.offset()),
                Instant.ofEpochMilli(record.timestamp()), source(headers, streams), errorClass(headers),
                origin, firstNonNull(DeadLetters.header(headers, DeadLetters.REASON),
                        DeadLetters.header(headers, DeadLetters.STREAMS_MESSAGE)),
                replayTopic, replayPartition, mayBeCut, record.key(), record.value(), texts(headers));
    }

    public boolean replayable() {
        return replayTopic != null && !mayBeCut;
    }

    /** Why this record cannot be replayed, with what to do instead; null when it can. */
    public String whyNotReplayable() {
        if (replayTopic == null) {
            boolean feed = origin != null && (origin.startsWith("http://") || origin.startsWith("https://"));
            return feed ? "its origin is a feed (" + origin + "), not a topic: poll it again with"
                    + " ./mentorfeed admin refetch --feed " + origin
                    : "its origin (" + origin + ") is not a topic record";
        }
        return mayBeCut ? "the kept value may be cut at " + DeadLetters.MAX_KEPT_BYTES + " bytes" : null;
    }

    public String reasonFirstLine() {
        return reason == null ? null : reason.lines().findFirst().orElse("");
    }

    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    public String valueText() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static String source(Headers headers, boolean streams) {
        String source = DeadLetters.header(headers, DeadLetters.SOURCE);
        // Kafka Streams' own dead letters carry no source: the processor is mentorfeed's only Streams application.
        return source != null ? source : streams ? "processor" : "unknown";
    }

    private static String errorClass(Headers headers) {
        String ours = DeadLetters.header(headers, DeadLetters.ERROR_CLASS);
        if (ours != null) {
            return ours;
        }
        String exception = DeadLetters.header(headers, DeadLetters.STREAMS_EXCEPTION);
        return exception == null ? "unknown" : exception.substring(exception.lastIndexOf('.') + 1);
    }

    private static List<HeaderText> texts(Headers headers) {
        List<HeaderText> texts = new ArrayList<>();
        for (Header header : headers) {
            texts.add(new HeaderText(header.key(),
                    header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8)));
        }
        return texts;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
