package io.mentorfeed.app.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Kafka is. With no {@code bootstrapServers} the app starts its own broker in-process, its data in
 * {@code dataDir}; otherwise it uses that cluster and starts none. {@code properties} are passed to every Kafka
 * client as they are (security.protocol, sasl.*, ssl.*): the place for credentials, never logged.
 */
public record KafkaOptions(String bootstrapServers, Path dataDir, int port, int controllerPort,
                           int replicationFactor, Map<String, String> properties) {
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
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static KafkaOptions defaults() {
        return new KafkaOptions(null, Path.of("data", "kafka"), 9092, 9093, 1, Map.of());
    }

    public boolean embedded() {
        return bootstrapServers == null;
    }

    /** Where clients find the cluster: the configured one, else this machine's embedded broker. */
    public String clientBootstrapServers() {
        return embedded() ? EMBEDDED_HOST + ":" + port : bootstrapServers;
    }

    private static void requirePort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, not " + port);
        }
    }
}
