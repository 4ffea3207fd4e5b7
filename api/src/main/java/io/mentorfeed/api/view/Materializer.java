package io.mentorfeed.api.view;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.mentorfeed.model.ControlCommand;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the read model's records go. Normally into the view the API serves. During a rebuild, into a fresh view
 * read from the beginning of the topics, while the API keeps serving the old one; the fresh view is swapped in
 * once it has reached the end offsets taken when the rebuild began. So the API never answers from a half-read
 * view and stays ready throughout. The old view gets no records meanwhile (the one consumer has gone back to the
 * beginning): writes made during a rebuild show once it is swapped in. Written by the read model's thread only.
 */
final class Materializer {
    static final String REBUILDS = "mentorfeed.api.read.model.rebuilds";
    private static final Logger log = LoggerFactory.getLogger(Materializer.class);

    private final ServedView served;
    private final Counter rebuilds;
    private ViewUpdater updater;
    /** Null unless rebuilding; volatile because {@link ReadModel#isCurrent()} asks from other threads. */
    private volatile Rebuild rebuild;

    Materializer(MeterRegistry registry) {
        MaterializedView first = new MaterializedView();
        this.served = new ServedView(first);
        this.updater = new ViewUpdater(first);
        this.rebuilds = Counter.builder(REBUILDS).description("Read model rebuilds completed (swapped in)")
                .register(registry);
    }

    ReadModelView view() {
        return served;
    }

    void apply(ConsumerRecord<byte[], byte[]> record) {
        updater.apply(record);
    }

    boolean rebuilding() {
        return rebuild != null;
    }

    /** Starts filling a fresh view; the caller has just moved the consumer back to the beginning of the topics. */
    void startRebuild(ControlCommand command, CatchUp goal) {
        if (rebuild != null) {
            throw new IllegalStateException("a rebuild is already running");
        }
        MaterializedView fresh = new MaterializedView();
        rebuild = new Rebuild(fresh, goal, command, System.nanoTime());
        log.info("read model rebuild started command={} requestedBy={} servedEntries={} recordsSinceLastBuild={}",
                command.id(), command.requestedBy(), served.current().size(), updater.applied());
        updater = new ViewUpdater(fresh);
    }

    /** Swaps the fresh view in once its position has reached the goal; true when it did. */
    boolean finishRebuildIfCaughtUp(ToLongFunction<TopicPartition> position) {
        Rebuild done = rebuild;
        if (done == null || !done.goal().reachedBy(position)) {
            return false;
        }
        int previousEntries = served.current().size();
        served.swap(done.view());
        rebuild = null;
        rebuilds.increment();
        log.info("read model rebuilt command={} records={} skipped={} entries={} previousEntries={} elapsedMs={}",
                done.command().id(), updater.applied(), updater.skipped(), done.view().size(), previousEntries,
                (System.nanoTime() - done.startedNanos()) / 1_000_000);
        return true;
    }

    /** Records applied to the view being written since it was started. */
    long applied() {
        return updater.applied();
    }

    long skipped() {
        return updater.skipped();
    }

    int servedSize() {
        return served.current().size();
    }

    private record Rebuild(MaterializedView view, CatchUp goal, ControlCommand command, long startedNanos) {
    }
}
