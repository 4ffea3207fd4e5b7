package io.mentorfeed.model;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A typed topic descriptor: its name, how its keys and values are (de)serialized, and how it is created. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, TopicSpec spec) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(spec, "spec");
    }

    @Override
    public String toString() {
        return name;
    }
}
