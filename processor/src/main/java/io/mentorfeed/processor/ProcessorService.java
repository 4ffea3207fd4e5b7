package io.mentorfeed.processor;

import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link MentorfeedTopology} with exactly-once processing. A record no serde can read
 * ({@link SerdeFailureHandler}), or one that breaks a rule ({@link RuleFailureHandler}), goes to the dead-letter topic
 * (Kafka Streams' own DLQ) and processing goes on; a crashed stream thread is replaced. Kafka Streams' own metrics
 * and the processor's ({@link ProcessorMetrics}) go to the registry the app gives it.
 */
public final class ProcessorService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProcessorService.class);

    private final ProcessorConfig config;
    private final Map<String, Object> kafkaProperties;
    private final MeterRegistry registry;
    private final ProcessorMetrics metrics;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;
    private volatile boolean stopped;

    /** With meters nobody reads; the app passes its registry to the other constructor. */
    public ProcessorService(ProcessorConfig config, Map<String, Object> kafkaProperties) {
        this(config, kafkaProperties, new SimpleMeterRegistry());
    }

    public ProcessorService(ProcessorConfig config, Map<String, Object> kafkaProperties, MeterRegistry registry) {
        if (config == null) {
            throw new IllegalArgumentException("config must be set");
        }
        if (kafkaProperties == null || kafkaProperties.get("bootstrap.servers") == null) {
            throw new IllegalArgumentException("kafkaProperties must contain bootstrap.servers");
        }
        if (registry == null) {
            throw new IllegalArgumentException("registry must be set");
        }
        this.config = config;
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.registry = registry;
        this.metrics = new ProcessorMetrics(registry);
    }

    /**
     * The Streams settings for a config and the app's connection settings (bootstrap, security, and optionally
     * "replication.factor" for internal topics), with meters nobody reads. Public so tests run the topology with
     * exactly these settings.
     */
    public static Properties streamsProperties(ProcessorConfig config, Map<String, Object> kafkaProperties) {
        return streamsProperties(config, kafkaProperties, ProcessorMetrics.unobserved());
    }

    /** The same, with the meters the exception handlers count dead letters in. */
    public static Properties streamsProperties(ProcessorConfig config, Map<String, Object> kafkaProperties,
                                               ProcessorMetrics metrics) {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        // -1 lets the broker's default.replication.factor decide, right both for one machine and a cluster.
        props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.numStandbyReplicas());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class.getName());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                SerdeFailureHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RuleFailureHandler.class.getName());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        // Opt in now to what Kafka 5.0 makes the default: the global thread uses the processing exception handler too.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // The partition assignor rebuilds a StreamsConfig from the main consumer's settings alone and warns that the
        // option is off: hand it to the main consumer too, so that copy says what ours says.
        props.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG),
                true);
        // Streams builds the handlers from class names and configures them with this map: how they get the meters.
        props.put(ProcessorMetrics.CONFIG_KEY, metrics);
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }

    public synchronized void start() {
        if (streams != null || stopped) {
            throw new IllegalStateException("processor service can be started once");
        }
        ProcessorConfig running = CoPartitioning.withEngagements(config, kafkaProperties);
        streams = new KafkaStreams(MentorfeedTopology.build(running, metrics),
                streamsProperties(running, kafkaProperties, metrics));
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        streams.setStateListener((newState, oldState) ->
                log.info("processor state changed from={} to={} applicationId={}", oldState, newState,
                        config.applicationId()));
        streams.setUncaughtExceptionHandler(e -> {
            log.error("processor stream thread died, replacing it errorClass={} error=\"{}\"",
                    e.getClass().getSimpleName(), e.getMessage(), e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        log.info("processor starting applicationId={} stateDir={} guarantee={}", config.applicationId(),
                config.stateDir().toAbsolutePath(), StreamsConfig.EXACTLY_ONCE_V2);
        streams.start();
    }

    public boolean isReady() {
        KafkaStreams current = streams;
        return current != null && current.state() == KafkaStreams.State.RUNNING;
    }

    /**
     * False once Kafka Streams failed for good (ERROR or on its way there, e.g. the global thread died; a dead stream
     * thread is replaced and does not count) or shut down without being asked to. True before {@link #start()};
     * false after {@link #stop()}, as a stopped processor processes nothing either.
     */
    public boolean isLive() {
        KafkaStreams current = streams;
        return isLive(current == null ? null : current.state(), stopped);
    }

    /** State null: not started. REBALANCING is live: a thread being replaced or tasks moving are not failures. */
    static boolean isLive(KafkaStreams.State state, boolean stopped) {
        if (stopped) {
            return false;
        }
        return state == null || state == KafkaStreams.State.CREATED || state.isRunningOrRebalancing();
    }

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (streams == null) {
            return;
        }
        // Leave the group on a clean stop: otherwise a restarted instance waits a whole session timeout (45 s)
        // for its own ghost before it gets its tasks back. A crash still relies on the session timeout.
        boolean clean = streams.close(CloseOptions.timeout(config.closeTimeout())
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        streamsMetrics.close(); // removes the kafka.stream.* meters of this instance from the registry
        if (clean) {
            log.info("processor stopped applicationId={}", config.applicationId());
        } else {
            log.warn("processor stop timed out applicationId={} timeout={}", config.applicationId(),
                    config.closeTimeout());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
