package io.mentorfeed.processor.metrics;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Recommendation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The processor's own meters (docs/processor.md, "Metrics"), created once per service and handed to the topology's
 * processors, and through the Streams config to the exception handlers Kafka Streams builds from class names.
 * Counting is not part of the Streams transaction: a task that is retried under exactly-once may count a record
 * twice, which is fine for rates and alerts.
 */
public final class ProcessorMetrics {
    /** Where the exception handlers find this instance in the Streams config map. */
    public static final String CONFIG_KEY = "mentorfeed.processor.metrics";

    public static final String RECORDS_PROCESSED = "mentorfeed.processor.records.processed";
    public static final String DEAD_LETTERS = "mentorfeed.processor.dead.letters";
    public static final String PUNCTUATION_LAG = "mentorfeed.processor.punctuation.lag";
    public static final String RECOMMENDATIONS = "mentorfeed.processor.recommendations";
    public static final String RECHECKED = "mentorfeed.processor.decisions.rechecked";

    /** Why a record went to the dead-letter topic: the value of the {@code reason} tag. */
    public enum DeadLetterReason {
        /** No serde could read its bytes. */
        SERDE,
        /** A processor refused it (RuleFailureHandler). */
        RULE;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Map<DeadLetterReason, Counter> deadLetters = new EnumMap<>(DeadLetterReason.class);
    private final Map<Action, Counter> recommendations = new EnumMap<>(Action.class);
    /** Held here, not only by the gauge: Micrometer keeps a gauge's state object through a weak reference. */
    private final AtomicLong punctuationLagMillis = new AtomicLong();
    private final Counter rechecked;

    public ProcessorMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front, so every tag value is exported (at 0) before its first event.
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetters.put(reason, Counter.builder(DEAD_LETTERS).tag("reason", reason.tag())
                    .description("Records sent to the dead-letter topic").register(registry));
        }
        for (Action action : Action.values()) {
            recommendations.put(action, Counter.builder(RECOMMENDATIONS).tag("action", action.wireName())
                    .description("Decisions published, re-decisions included; closing one is not a decision")
                    .register(registry));
        }
        Gauge.builder(PUNCTUATION_LAG, punctuationLagMillis, millis -> millis.get() / 1000.0).baseUnit("seconds")
                .description("How much later than planned the last re-decision punctuation ran")
                .register(registry);
        rechecked = Counter.builder(RECHECKED)
                .description("Open decisions the wall-clock re-check read because the time index had them due")
                .register(registry);
    }

    /** Meters nobody reads: for a topology built without a service (tests, tools). */
    public static ProcessorMetrics unobserved() {
        return new ProcessorMetrics(new SimpleMeterRegistry());
    }

    /** The instance the service put in the Streams config under {@link #CONFIG_KEY}, or unobserved meters. */
    public static ProcessorMetrics from(Map<String, ?> streamsConfig) {
        return streamsConfig.get(CONFIG_KEY) instanceof ProcessorMetrics metrics ? metrics : unobserved();
    }

    /** The counter of records read from one input topic; a processor keeps it rather than looking it up per record. */
    public Counter recordsProcessed(String topic) {
        return Counter.builder(RECORDS_PROCESSED).tag("topic", topic).description("Records read from an input topic")
                .register(registry);
    }

    public void deadLettered(DeadLetterReason reason, int records) {
        deadLetters.get(reason).increment(records);
    }

    /** Counts a published decision by its action; a closing republication (the reader acted) is not one. */
    public void published(Recommendation recommendation) {
        if (!recommendation.closed()) {
            recommendations.get(recommendation.action()).increment();
        }
    }

    /**
     * How much later than planned (the previous run plus the interval) the last punctuation ran. Streams keeps
     * punctuations on their original grid, so the one after a late run may come sooner than planned: no lag, not
     * a negative one.
     */
    public void punctuationLag(Duration lag) {
        punctuationLagMillis.set(Math.max(0, lag.toMillis()));
    }

    /** How many decisions one wall-clock re-check found due (the rest were not read). */
    public void rechecked(int decisions) {
        rechecked.increment(decisions);
    }
}
