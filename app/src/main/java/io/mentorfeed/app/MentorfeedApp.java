package io.mentorfeed.app;

import io.mentorfeed.api.ApiService;
import io.mentorfeed.app.config.KafkaOptions;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.kafka.EmbeddedKafkaBroker;
import io.mentorfeed.app.kafka.EmbeddedKafkaConfig;
import io.mentorfeed.app.kafka.TopicInstaller;
import io.mentorfeed.ingest.IngestService;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.ProcessorService;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole single-machine flow in one place: Kafka (embedded, or the configured cluster), topics, the registry
 * of mentors and profiles, then processor, ingest and API. Stopping closes them in reverse order.
 */
public final class MentorfeedApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MentorfeedApp.class);

    private final Deque<Stoppable> started = new ArrayDeque<>();
    private ApiService api;
    private String apiHost;
    private String bootstrapServers;

    private MentorfeedApp() {}

    public static MentorfeedApp start(MentorfeedOptions options, Set<ServiceName> services) {
        var app = new MentorfeedApp();
        try {
            app.startAll(options, services);
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    private void startAll(MentorfeedOptions options, Set<ServiceName> services) {
        long startNanos = System.nanoTime();
        Map<String, Object> kafka = connectKafka(options.kafka());
        installTopics(kafka, options.kafka().replicationFactor());
        RegistrySeeder.seed(kafka, options.mentors(), options.profiles());

        if (services.contains(ServiceName.PROCESSOR)) {
            var processor = new ProcessorService(options.processor(), kafka);
            started.push(new Stoppable("processor", processor::stop)); // stop() is safe on a half-started service
            processor.start();
        }
        if (services.contains(ServiceName.INGEST)) {
            var ingest = new IngestService(options.ingest(), kafka);
            started.push(new Stoppable("ingest", ingest::stop));
            ingest.start();
        }
        if (services.contains(ServiceName.API)) {
            api = new ApiService(options.api(), kafka);
            apiHost = options.api().host();
            started.push(new Stoppable("api", api::stop));
            api.start();
        }
        log.info("mentorfeed started services={} kafka={} api={} seconds={}", services, bootstrapServers,
                apiUrl().orElse("-"), String.format("%.1f", (System.nanoTime() - startNanos) / 1e9));
    }

    private Map<String, Object> connectKafka(KafkaOptions options) {
        Map<String, Object> kafka = new HashMap<>(options.properties());
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
        kafka.put("bootstrap.servers", bootstrapServers);
        if (options.replicationFactor() > 1) {
            kafka.put("replication.factor", options.replicationFactor());
        }
        return kafka;
    }

    private static void installTopics(Map<String, Object> kafka, int replicationFactor) {
        try (Admin admin = Admin.create(kafka)) {
            new TopicInstaller(admin, replicationFactor, Duration.ofSeconds(60)).install(Topics.ALL);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The API's base URL, when this process runs the API. */
    public Optional<String> apiUrl() {
        return api == null ? Optional.empty() : Optional.of("http://" + apiHost + ":" + api.port() + "/api/v1");
    }

    public boolean isReady() {
        return api == null || api.isReady();
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
    }

    private record Stoppable(String name, Runnable stop) {}
}
