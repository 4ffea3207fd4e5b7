package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void oursFromATopicCanBeReplayedToItsOriginPartition() {
        var record = DeadLetters.record("processor", "mentorfeed.feed-state-3@17", bytes("kim"), bytes("{}"), "rule",
                "scorer: boom\nat line 2", AT);
        DeadLetter letter = DeadLetter.of(consumed(2, 41, record.headers(), record.key(), record.value()));

        assertThat(letter.position()).isEqualTo(new RecordPosition(2, 41));
        assertThat(letter.source()).isEqualTo("processor");
        assertThat(letter.errorClass()).isEqualTo("rule");
        assertThat(letter.reasonFirstLine()).isEqualTo("scorer: boom");
        assertThat(letter.replayTopic()).isEqualTo("mentorfeed.feed-state");
        assertThat(letter.replayPartition()).isEqualTo(3);
        assertThat(letter.replayable()).isTrue();
        assertThat(letter.whyNotReplayable()).isNull();
    }

    @Test
    void aFeedBodyThatDidNotParseCannotBeReplayedAndPointsToRefetch() {
        var record = DeadLetters.record("ingest", "https://kim.example.org/feed.xml", bytes("kim"), bytes("<rss"),
                "parse", "unexpected end", AT);
        DeadLetter letter = DeadLetter.of(consumed(0, 1, record.headers(), record.key(), record.value()));

        assertThat(letter.replayable()).isFalse();
        assertThat(letter.whyNotReplayable()).isEqualTo("its origin is a feed (https://kim.example.org/feed.xml),"
                + " not a topic: poll it again with ./mentorfeed admin refetch --feed https://kim.example.org/feed.xml");
    }

    @Test
    void kafkaStreamsOwnHeadersAreReadWhenOursAreMissing() {
        var headers = new RecordHeaders();
        headers.add(DeadLetters.STREAMS_EXCEPTION, bytes("org.apache.kafka.common.errors.SerializationException"));
        headers.add(DeadLetters.STREAMS_MESSAGE, bytes("not a valid Engagement\nmore"));
        headers.add(DeadLetters.STREAMS_TOPIC, bytes("mentorfeed.engagements"));
        headers.add(DeadLetters.STREAMS_PARTITION, bytes("1"));
        headers.add(DeadLetters.STREAMS_OFFSET, bytes("7"));
        DeadLetter letter = DeadLetter.of(consumed(1, 0, headers, bytes("ada"), bytes("garbage")));

        assertThat(letter.source()).isEqualTo("processor");
        assertThat(letter.errorClass()).isEqualTo("SerializationException");
        assertThat(letter.origin()).isEqualTo("mentorfeed.engagements-1@7");
        assertThat(letter.reasonFirstLine()).isEqualTo("not a valid Engagement");
        assertThat(letter.replayTopic()).isEqualTo("mentorfeed.engagements");
        assertThat(letter.replayPartition()).isEqualTo(1);
    }

    @Test
    void aValueCutAtTheKeptMaximumIsNotReplayed() {
        byte[] big = new byte[DeadLetters.MAX_KEPT_BYTES + 10];
        var record = DeadLetters.record("ingest", "mentorfeed.mentors-0@3", bytes("kim"), big, "serde", "bad", AT);
        DeadLetter letter = DeadLetter.of(consumed(0, 2, record.headers(), record.key(), record.value()));

        assertThat(letter.replayable()).isFalse();
        assertThat(letter.whyNotReplayable()).isEqualTo("the kept value may be cut at 4096 bytes");
    }

    @Test
    void aReplayKeepsKeyAndValueAndSaysWhereItCameFrom() {
        var record = DeadLetters.record("processor", "mentorfeed.entries-4@9", bytes("kim"), bytes("{\"a\":1}"), "rule",
                "boom", AT);
        var replay = DeadLettersReplay.replayOf(DeadLetter.of(consumed(2, 41, record.headers(), record.key(),
                record.value())));

        assertThat(replay.topic()).isEqualTo("mentorfeed.entries");
        assertThat(replay.partition()).isEqualTo(4);
        assertThat(replay.key()).isEqualTo(bytes("kim"));
        assertThat(replay.value()).isEqualTo(bytes("{\"a\":1}"));
        assertThat(replay.headers().toArray()).hasSize(1);
        assertThat(DeadLetters.header(replay.headers(), DeadLetter.REPLAYED_FROM)).isEqualTo("mentorfeed.dead-letters-2@41");
    }

    private static ConsumerRecord<byte[], byte[]> consumed(int partition, long offset,
                                                           org.apache.kafka.common.header.Headers headers,
                                                           byte[] key, byte[] value) {
        return new ConsumerRecord<>("mentorfeed.dead-letters", partition, offset, AT.toEpochMilli(),
                TimestampType.CREATE_TIME, -1, -1, key, value, headers, Optional.empty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
