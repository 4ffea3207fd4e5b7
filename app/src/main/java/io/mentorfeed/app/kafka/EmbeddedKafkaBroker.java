package io.mentorfeed.app.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real one-node Kafka (KRaft, broker and controller in one) running inside this JVM, its data in a folder that
 * survives restarts. {@link #start} returns once the broker answers clients; {@link #close} shuts it down cleanly.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final EmbeddedKafkaConfig config;
    private final String clusterId;
    private final KafkaRaftServer server;
    private final DataDirLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(EmbeddedKafkaConfig config, String clusterId, KafkaRaftServer server,
                                DataDirLock lock) {
        this.config = config;
        this.clusterId = clusterId;
        this.server = server;
        this.lock = lock;
    }

    /**
     * Starts the broker, formatting its data dir on first use, and waits until it serves clients.
     *
     * @throws IllegalStateException naming the port or data dir when another broker holds them, or when the
     *                               broker does not become ready within {@code startTimeout}
     */
    public static EmbeddedKafkaBroker start(EmbeddedKafkaConfig config) {
        long startedAt = System.nanoTime();
        DataDirLock lock = DataDirLock.acquire(config.dataDir());
        try {
            PortGuard.requireFree(config.host(), config.port(), "client");
            PortGuard.requireFree(config.host(), config.controllerPort(), "controller");
        } catch (IllegalStateException e) {
            lock.close();
            throw e;
        }
        KafkaRaftServer server = null;
        try {
            Properties props = BrokerProperties.of(config);
            // Bounds Kafka's own wait for the controller, which otherwise has no limit.
            props.putIfAbsent("server.max.startup.time.ms", Long.toString(config.startTimeout().toMillis()));
            // Checked before formatting, so that a bad extra setting leaves an empty data dir untouched.
            KafkaConfig kafkaConfig = new KafkaConfig(props, false);
            KraftStorage.Storage storage = KraftStorage.formatIfNeeded(config.dataDir());

            server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
            server.startup();
            awaitReady(config, startedAt);

            log.info("embedded kafka started bootstrapServers={} dataDir={} clusterId={} formatted={} startMs={}",
                    config.bootstrapServers(), config.dataDir().toAbsolutePath(), storage.clusterId(),
                    storage.newlyFormatted(), Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
            return new EmbeddedKafkaBroker(config, storage.clusterId(), server, lock);
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            lock.close();
            // Our own failures already say what happened; Kafka's say it in their innermost cause.
            String detail = e instanceof IllegalStateException ? e.getMessage()
                    : PortGuard.bindFailure(e).orElseGet(() -> rootMessage(e));
            throw new IllegalStateException("cannot start the embedded Kafka broker (" + config.bootstrapServers()
                    + ", data dir " + config.dataDir().toAbsolutePath() + "): " + detail, e);
        }
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public String clusterId() {
        return clusterId;
    }

    public EmbeddedKafkaConfig config() {
        return config;
    }

    /** Controlled shutdown (the broker hands over cleanly, the logs are flushed), then waits for it. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long stoppingAt = System.nanoTime();
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            lock.close();
        }
        log.info("embedded kafka stopped dataDir={} stopMs={}", config.dataDir().toAbsolutePath(),
                Duration.ofNanos(System.nanoTime() - stoppingAt).toMillis());
    }

    /** Ready means a client can reach the broker and it lists itself as a cluster member. */
    private static void awaitReady(EmbeddedKafkaConfig config, long startedAt) {
        long elapsedMs = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
        long remainingMs = config.startTimeout().toMillis() - elapsedMs;
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            int timeoutMs = (int) Math.max(1_000, Math.min(Integer.MAX_VALUE, remainingMs));
            var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new IllegalStateException("the broker started but lists no cluster member");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker to answer", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer clients within "
                    + config.startTimeout().toSeconds() + " s: " + rootMessage(e), e);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("embedded kafka shutdown after failed start failed errorClass={} error=\"{}\"",
                    e.getClass().getSimpleName(), e.getMessage());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
