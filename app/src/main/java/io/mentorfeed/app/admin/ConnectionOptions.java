package io.mentorfeed.app.admin;

import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every admin command shares (a picocli mixin): which config says where Kafka is, and how long to wait
 * for it. With no kafka.bootstrap-servers the commands talk to the embedded broker of a running start or demo.
 */
public final class ConnectionOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML config (default: ./mentorfeed.yml if present)")
    Path config;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long to wait for Kafka (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    private MentorfeedOptions options;

    /** The config as the services read it: defaults, then the file, then MENTORFEED_* variables. */
    public MentorfeedOptions options() {
        if (options == null) {
            options = new OptionsLoader().forCommand(false, config, System.getenv());
        }
        return options;
    }

    /** What every Kafka client needs: the bootstrap servers and kafka.properties (security, credentials). */
    public Map<String, Object> clientProperties() {
        return options().kafka().clientProperties();
    }

    public Duration timeout() {
        if (timeoutSeconds < 1) {
            throw new AdminException("--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** Opens the clients lazily: a command that only prints a plan still needs nothing it does not use. */
    public AdminKafka connect() {
        return new AdminKafka(clientProperties(), timeout());
    }
}
