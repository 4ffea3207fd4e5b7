package io.mentorfeed.api.write;

import io.mentorfeed.model.Topic;

/** Where the API's domain services send their records; {@link EventWriter} in production, a list in unit tests. */
public interface Writer {
    /** Writes durably, or throws {@link WriteFailedException}; a null value is a tombstone. */
    <V> void write(Topic<String, V> topic, String key, V value);
}
