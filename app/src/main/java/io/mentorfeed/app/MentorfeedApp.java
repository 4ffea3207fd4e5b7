package io.mentorfeed.app;

import io.mentorfeed.api.ApiService;
import io.mentorfeed.app.config.KafkaOptions;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.kafka.EmbeddedKafkaBroker;
import io.mentorfeed.app.kafka.EmbeddedKafkaConfig;
import io.mentorfeed.app.kafka.TopicCheck;
import io.mentorfeed.app.kafka.TopicInstallSummary;
import io.mentorfeed.app.kafka.TopicInstaller;
import io.mentorfeed.app.ops.OpsServer;
import io.mentorfeed.app.ops.ProcessMetrics;
import io.mentorfeed.app.ops.ServiceHealth;
import io.mentorfeed.ingest.IngestService;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.ProcessorService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mentorfeed process, top to bottom: the ops server (/metrics, /health), Kafka (embedded, or the configured
 * cluster), topics (created on one machine, checked when a service runs alone), the registry of mentors and
 * profiles, then processor, ingest and API. Stopping closes them in reverse order.
 */
public final class MentorfeedApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MentorfeedApp.class);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);

    private final Deque<Stoppable> started = new ArrayDeque<>();
    private final List<ServiceHealth> health = new CopyOnWriteArrayList<>();
    private final ProcessMetrics processMetrics = new ProcessMetrics();
    private final PrometheusMeterRegistry metrics = processMetrics.registry();
    private OpsServer ops;
    /** Every part started: until then the process is not ready, whatever the services added so far say. */
    private volatile boolean up;
    private ApiService api;
    private String apiHost;
    private String bootstrapServers;

    private MentorfeedApp() {}

    /** Every service in this process, as {@code start} and {@code demo} run them: topics and registry set up here. */
    public static MentorfeedApp start(MentorfeedOptions options, Set<ServiceName> services) {
        return launch(options, services, true, ServiceName.ALL_IN_ONE_OPS_PORT);
    }

    /** One service alone against a cluster that {@link #setUp} has prepared, as on many machines. */
    public static MentorfeedApp startService(MentorfeedOptions options, ServiceName service) {
        if (options.kafka().embedded()) {
            throw new IllegalArgumentException("kafka.bootstrap-servers must be set to run " + service.label()
                    + " alone (the embedded broker runs only with start or demo)");
        }
        return launch(options, EnumSet.of(service), false, service.defaultOpsPort());
    }

    /** Creates the missing topics and publishes the config's mentors and profiles: once per cluster. */
    public static TopicInstallSummary setUp(MentorfeedOptions options) {
        if (options.kafka().embedded()) {
            throw new IllegalArgumentException("kafka.bootstrap-servers must be set for setup: start and demo set up"
                    + " their embedded broker themselves");
        }
        Map<String, Object> kafka = clientProperties(options.kafka());
        TopicInstallSummary topics;
        try (Admin admin = Admin.create(kafka)) {
            topics = installTopics(admin, options.kafka());
        }
        RegistrySeeder.seed(kafka, options.mentors(), options.profiles());
        return topics;
    }

    private static MentorfeedApp launch(MentorfeedOptions options, Set<ServiceName> services, boolean setUpHere,
                                        int defaultOpsPort) {
        var app = new MentorfeedApp();
        try {
            app.startAll(options, services, setUpHere, options.ops().portOr(defaultOpsPort));
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    private void startAll(MentorfeedOptions options, Set<ServiceName> services, boolean setUpHere, int opsPort) {
        long startNanos = System.nanoTime();
        ops = OpsServer.start(options.ops().host(), opsPort, metrics, health, () -> up);
        started.push(new Stoppable("ops", ops::close));
        Map<String, Object> kafka = connectKafka(options.kafka());
        try (Admin admin = Admin.create(kafka)) {
            if (setUpHere) {
                installTopics(admin, options.kafka());
            } else {
                TopicCheck.requirePresent(admin, Topics.ALL, TOPIC_TIMEOUT);
            }
        }
        if (setUpHere) {
            RegistrySeeder.seed(kafka, options.mentors(), options.profiles());
        }

        if (services.contains(ServiceName.PROCESSOR)) {
            var processor = new ProcessorService(options.processor(), kafka, metrics);
            started.push(new Stoppable("processor", processor::stop)); // stop() is safe on a half-started service
            health.add(new ServiceHealth("processor", processor::isLive, processor::isReady));
            processor.start();
        }
        if (services.contains(ServiceName.INGEST)) {
            var ingest = new IngestService(options.ingest(), kafka, metrics);
            started.push(new Stoppable("ingest", ingest::stop));
            health.add(new ServiceHealth("ingest", ingest::isLive, ingest::isReady));
            ingest.start();
        }
        if (services.contains(ServiceName.API)) {
            api = new ApiService(options.api(), kafka, metrics);
            apiHost = options.api().host();
            started.push(new Stoppable("api", api::stop));
            health.add(new ServiceHealth("api", api::isLive, api::isReady));
            api.start();
        }
        up = true;
        log.info("mentorfeed started services={} kafka={} api={} ops=http://{}:{} seconds={}", services,
                bootstrapServers, apiUrl().orElse("-"), options.ops().host(), ops.port(),
                String.format("%.1f", (System.nanoTime() - startNanos) / 1e9));
    }

    private Map<String, Object> connectKafka(KafkaOptions options) {
        if (options.embedded()) {
            var broker = EmbeddedKafkaBroker.start(new EmbeddedKafkaConfig(options.dataDir(), KafkaOptions.EMBEDDED_HOST,
                    options.port(), options.controllerPort(), Map.of()));
            started.push(new Stoppable("kafka", broker::close));
            bootstrapServers = broker.bootstrapServers();
        } else {
            bootstrapServers = options.bootstrapServers();
            log.info("using kafka cluster bootstrap={} securityProtocol={}", bootstrapServers,
                    options.properties().getOrDefault("security.protocol", "PLAINTEXT"));
        }
        return clientProperties(options);
    }

    /** The clients' settings, and the replication factor the processor gives its internal topics. */
    private static Map<String, Object> clientProperties(KafkaOptions options) {
        Map<String, Object> kafka = options.clientProperties();
        if (options.replicationFactor() > 1) {
            kafka.put("replication.factor", options.replicationFactor());
        }
        return kafka;
    }

    private static TopicInstallSummary installTopics(Admin admin, KafkaOptions options) {
        return new TopicInstaller(admin, options.replicationFactor(), options.partitions(), TOPIC_TIMEOUT)
                .install(Topics.ALL);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The API's base URL, when this process runs the API. */
    public Optional<String> apiUrl() {
        return api == null ? Optional.empty() : Optional.of("http://" + apiHost + ":" + api.port() + "/api/v1");
    }

    /** The port of /metrics and /health. */
    public int opsPort() {
        return ops.port();
    }

    public boolean isReady() {
        return up && health.stream().allMatch(service -> service.ready().getAsBoolean());
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            Stoppable service = started.pop();
            long t0 = System.nanoTime();
            try {
                service.stop().run();
                log.info("stopped service={} millis={}", service.name(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("error while stopping service={} error=\"{}\"", service.name(), e.toString());
            }
        }
        processMetrics.close();
    }

    private record Stoppable(String name, Runnable stop) {}
}
