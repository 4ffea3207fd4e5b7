package io.mentorfeed.app.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The single-machine broker: where its data lives (kept across restarts), the address clients use ({@code host:port})
 * and the controller's own port. {@code extra} broker settings are applied last and win over ours.
 */
public record EmbeddedKafkaConfig(Path dataDir, String host, int port, int controllerPort,
                                  Map<String, String> extra, Duration startTimeout) {
    public EmbeddedKafkaConfig {
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir must be set");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be set");
        }
        host = host.strip();
        requirePort("port", port);
        requirePort("controllerPort", controllerPort);
        if (port == controllerPort) {
            throw new IllegalArgumentException("controllerPort must differ from port, both are " + port);
        }
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, not " + startTimeout);
        }
    }

    public EmbeddedKafkaConfig(Path dataDir, String host, int port, int controllerPort, Map<String, String> extra) {
        this(dataDir, host, port, controllerPort, extra, defaults().startTimeout());
    }

    public static EmbeddedKafkaConfig defaults() {
        return new EmbeddedKafkaConfig(Path.of("data", "kafka"), "127.0.0.1", 9092, 9093, Map.of(),
                Duration.ofSeconds(60));
    }

    /** What clients put in bootstrap.servers. */
    public String bootstrapServers() {
        return host + ":" + port;
    }

    private static void requirePort(String name, int value) {
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, not " + value);
        }
    }
}
