package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * A compacted topic read as a table, sorted by key: the latest value of each key, without tombstones. A value no
 * serde can read is left out and counted, so one bad record does not hide every other mentor from the operator.
 */
public record KeyedSnapshot<V>(Map<String, V> values, int unreadable) {
    public KeyedSnapshot {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static <V> KeyedSnapshot<V> of(Topic<String, V> topic, List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, V> latest = new TreeMap<>();
        Map<String, Boolean> unreadableKeys = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.key() == null) {
                continue;
            }
            String key = new String(record.key(), StandardCharsets.UTF_8);
            unreadableKeys.remove(key);
            if (record.value() == null) {
                latest.remove(key);
                continue;
            }
            try {
                latest.put(key, topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
            } catch (KafkaException | IllegalArgumentException e) {
                latest.remove(key);
                unreadableKeys.put(key, true);
            }
        }
        return new KeyedSnapshot<>(latest, unreadableKeys.size());
    }
}
