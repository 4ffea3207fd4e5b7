package io.mentorfeed.processor.tables;

import io.mentorfeed.model.Profile;
import io.micrometer.core.instrument.Counter;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the {@link ProfileDirectory} equal to mentorfeed.profiles: latest profile per reader and its follows. */
public final class ProfileDirectoryLoader implements Processor<String, Profile, Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(ProfileDirectoryLoader.class);

    private final String storeName;
    private final Counter processed;
    private ProfileDirectory directory;

    public ProfileDirectoryLoader(String storeName, Counter processed) {
        this.storeName = storeName;
        this.processed = processed;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        KeyValueStore<String, DirectoryRow> store = context.getStateStore(storeName);
        this.directory = new ProfileDirectory(store);
    }

    @Override
    public void process(Record<String, Profile> record) {
        processed.increment();
        Profile profile = record.value();
        if (record.key() == null) {
            return;
        }
        if (profile != null && !profile.id().equals(record.key())) {
            // Keyed by another id, it would replace another reader's follows.
            log.warn("profile keyed by another id ignored key={} profile={}", record.key(), profile.id());
            return;
        }
        directory.replace(record.key(), profile);
    }
}
