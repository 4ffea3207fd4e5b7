package io.mentorfeed.api.view;

import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies raw records of the materialised topics to a {@link MaterializedView}. Decoding happens here rather
 * than in the consumer so that one bad record is logged and skipped instead of failing the poll and stopping the
 * view. A null value is a tombstone and removes the key.
 */
final class ViewUpdater {
    private static final Logger log = LoggerFactory.getLogger(ViewUpdater.class);

    /** The topics the API materialises, in no particular order. */
    static final List<Topic<String, ?>> TOPICS = List.of(Topics.PROFILES, Topics.MENTORS, Topics.POSTS,
            Topics.RECOMMENDATIONS, Topics.FEED_STATE, Topics.ENGAGEMENTS, Topics.SENT_DIGESTS);

    private final Map<String, Applier<?>> appliers;
    private long applied;
    private long skipped;

    ViewUpdater(MaterializedView view) {
        this.appliers = Map.of(
                Topics.PROFILES.name(), new Applier<>(Topics.PROFILES, view::putProfile),
                Topics.MENTORS.name(), new Applier<>(Topics.MENTORS, view::putMentor),
                Topics.POSTS.name(), new Applier<>(Topics.POSTS, view::putPost),
                Topics.RECOMMENDATIONS.name(), new Applier<>(Topics.RECOMMENDATIONS, view::putRecommendation),
                Topics.FEED_STATE.name(), new Applier<>(Topics.FEED_STATE, view::putFeedState),
                Topics.ENGAGEMENTS.name(), new Applier<>(Topics.ENGAGEMENTS, view::addEngagement),
                Topics.SENT_DIGESTS.name(), new Applier<>(Topics.SENT_DIGESTS, view::putSentDigest));
    }

    void apply(ConsumerRecord<byte[], byte[]> record) {
        Applier<?> applier = appliers.get(record.topic());
        if (applier == null) {
            skip(record, "not a materialised topic");
            return;
        }
        if (record.key() == null) {
            skip(record, "record has no key");
            return;
        }
        try {
            applier.apply(new String(record.key(), StandardCharsets.UTF_8), record.value());
            applied++;
        } catch (SerializationException | IllegalArgumentException e) {
            skip(record, e.getMessage());
        }
    }

    long applied() {
        return applied;
    }

    long skipped() {
        return skipped;
    }

    private void skip(ConsumerRecord<byte[], byte[]> record, String reason) {
        skipped++;
        log.warn("read model skipped record topic={} partition={} offset={} error=\"{}\"", record.topic(),
                record.partition(), record.offset(), firstLine(reason));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).replace('"', '\'');
    }

    private record Applier<V>(Topic<String, V> topic, BiConsumer<String, V> sink) {
        void apply(String key, byte[] value) {
            V decoded = topic.valueSerde().deserializer().deserialize(topic.name(), value);
            sink.accept(key, decoded);
        }
    }
}
