package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * A compacted topic read as a table, sorted by key: the latest value of each key, without tombstones. A value no
 * serde can read is left out and kept aside with where it is and why, so one bad record does not hide every other
 * mentor from the operator, and the operator can find it.
 *
 * @param unreadable the keys whose latest record cannot be read, in key order (an unreadable record a later
 *                   value or tombstone replaced is not here: nothing of the table is missing because of it)
 */
public record KeyedSnapshot<V>(Map<String, V> values, List<Unreadable> unreadable) {
    /** A record left out of the table. */
    public record Unreadable(String topic, int partition, long offset, String reason) {
        /** One line for the operator, with the record's position as dead letters and service logs write it. */
        public String warning() {
            return "skipped unreadable record " + topic + "-" + partition + "@" + offset + ": " + reason;
        }
    }

    public KeyedSnapshot {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        unreadable = List.copyOf(unreadable);
    }

    static <V> KeyedSnapshot<V> of(Topic<String, V> topic, List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, V> latest = new TreeMap<>();
        Map<String, Unreadable> unreadable = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.key() == null) {
                continue;
            }
            String key = new String(record.key(), StandardCharsets.UTF_8);
            unreadable.remove(key);
            if (record.value() == null) {
                latest.remove(key);
                continue;
            }
            try {
                latest.put(key, topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
            } catch (KafkaException | IllegalArgumentException e) {
                latest.remove(key);
                unreadable.put(key, new Unreadable(record.topic(), record.partition(), record.offset(),
                        firstLine(e.getMessage())));
            }
        }
        return new KeyedSnapshot<>(latest, List.copyOf(unreadable.values()));
    }

    /** The serde's message shows the start of the payload, which may span lines: the warning stays one. */
    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
