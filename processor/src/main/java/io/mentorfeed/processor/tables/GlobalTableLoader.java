package io.mentorfeed.processor.tables;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps a global store equal to its compacted topic: latest value per key, a tombstone deletes; counts each record. */
public final class GlobalTableLoader<V> implements Processor<String, V, Void, Void> {
    private final String storeName;
    private final Counter processed;
    private KeyValueStore<String, V> store;

    public GlobalTableLoader(String storeName, Counter processed) {
        this.storeName = storeName;
        this.processed = processed;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        processed.increment();
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
    }
}
