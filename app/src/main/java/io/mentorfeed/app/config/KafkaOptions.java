package io.mentorfeed.app.config;

import io.mentorfeed.model.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where Kafka is. With no {@code bootstrapServers} the app starts its own broker in-process, its data in
 * {@code dataDir}; otherwise it uses that cluster and starts none. {@code properties} are passed to every Kafka
 * client as they are (security.protocol, sasl.*, ssl.*): the place for credentials, never logged.
 * {@code replicationFactor} and {@code partitions} shape the topics when they are created (by setup, or start on
 * one machine); {@code partitions} is the count of the keyed topics ({@link Topics#KEYED}) and bounds how many
 * instances of each service share the work. Kafka cannot re-key existing data, so it is chosen before the first
 * setup (see docs/runbooks/adding-capacity.md).
 */
public record KafkaOptions(String bootstrapServers, Path dataDir, int port, int controllerPort,
                           int replicationFactor, int partitions, Map<String, String> properties) {
    /** The embedded broker listens on loopback only: it has no authentication. */
    public static final String EMBEDDED_HOST = "127.0.0.1";

    public KafkaOptions {
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers.strip();
        if (dataDir == null) {
            throw new IllegalArgumentException("kafka.data-dir must be set");
        }
        requirePort("kafka.port", port);
        requirePort("kafka.controller-port", controllerPort);
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("kafka.replication-factor must be at least 1, not " + replicationFactor);
        }
        if (partitions < 1 || partitions > 1000) {
            throw new IllegalArgumentException("kafka.partitions must be between 1 and 1000, not " + partitions);
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static KafkaOptions defaults() {
        return new KafkaOptions(null, Path.of("data", "kafka"), 9092, 9093, 1, Topics.DEFAULT_PARTITIONS, Map.of());
    }

    public boolean embedded() {
        return bootstrapServers == null;
    }

    /** Where clients find the cluster: the configured one, else this machine's embedded broker. */
    public String clientBootstrapServers() {
        return embedded() ? EMBEDDED_HOST + ":" + port : bootstrapServers;
    }

    /** What every Kafka client is given: the configured properties (security, credentials) and where the cluster is. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> client = new HashMap<>(properties);
        client.put("bootstrap.servers", clientBootstrapServers());
        return client;
    }

    private static void requirePort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, not " + port);
        }
    }
}
