package io.mentorfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import io.mentorfeed.app.demo.SampleFeedServer;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Many machines, in one JVM: `setup` prepares the cluster through the real command line (4 partitions instead of
 * the default 6, as an operator may choose), then ingest, processor and API start as three separate services, each
 * with its own metrics registry and ops port, as `./mentorfeed ingest|processor|api --config FILE` run them. The digest fills end to end; each /metrics shows its
 * service's named metrics; and every metric a runbook tells an operator to watch is one that really exists.
 */
@WithKafka
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeparateServicesIT {
    private static final Pattern RUNBOOK_METRIC = Pattern.compile(
            "\\b((?:mentorfeed|kafka_stream|kafka_consumer|kafka_producer|http_server|jvm|process)_[a-z_]+)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(2)
    void setupThenThreeSeparateServicesServeTheDigestAndTheirMetrics(KafkaCluster kafka, @TempDir Path dir)
            throws Exception {
        try (var feeds = SampleFeedServer.start(Clock.systemUTC(), Duration.ofSeconds(2), 5)) {
            Path config = writeConfig(dir, kafka.bootstrapServers(), feeds);
            assertThat(runCommand("setup", "--config", config.toString())).isZero();
            try (Admin admin = kafka.admin()) {
                var topics = admin.describeTopics(List.of(Topics.ENTRIES.name(), Topics.CONTROL.name())).allTopicNames()
                        .get();
                assertThat(topics.get(Topics.ENTRIES.name()).partitions()).hasSize(4); // kafka.partitions
                assertThat(topics.get(Topics.CONTROL.name()).partitions()).hasSize(1);
            }
            MentorfeedOptions options = new OptionsLoader().forCommand(false, config, Map.of());
            kafka.sendRaw(Topics.ENTRIES.name(), "sample-poison".getBytes(StandardCharsets.UTF_8),
                    "this is not an entry".getBytes(StandardCharsets.UTF_8));

            try (var processor = MentorfeedApp.startService(options, ServiceName.PROCESSOR);
                 var ingest = MentorfeedApp.startService(options, ServiceName.INGEST);
                 var api = MentorfeedApp.startService(options, ServiceName.API)) {
                String digestUrl = api.apiUrl().orElseThrow() + "/profiles/reader/digest";
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                        assertThat(get(digestUrl).body()).contains("\"postId\""));

                try (Admin admin = kafka.admin()) {
                    // The per-profile state follows the engagements topic's 4 partitions, not the default 6.
                    String repartition = "mentorfeed-processor-candidates-by-profile-repartition";
                    assertThat(admin.describeTopics(List.of(repartition)).allTopicNames().get().get(repartition)
                            .partitions()).hasSize(4);
                }
                String ingestMetrics = metricsOnceReady(ingest, "mentorfeed_ingest_errors_total");
                String processorMetrics = metricsOnceReady(processor, "mentorfeed_processor_dead_letters_total");
                String apiMetrics = metricsOnceReady(api, "http_server_requests_seconds_bucket");

                assertThat(ingestMetrics).contains("mentorfeed_ingest_polls_total{outcome=\"fetched\"}",
                        "mentorfeed_ingest_not_modified_ratio", "mentorfeed_ingest_errors_total{class=",
                        "mentorfeed_ingest_bytes_total", "mentorfeed_ingest_entries_new_total",
                        "mentorfeed_ingest_host_wait_seconds", "mentorfeed_ingest_poll_lag_seconds", "jvm_memory_used_bytes")
                        .doesNotContain("kafka_stream_", "http_server_requests");
                assertThat(processorMetrics).contains("kafka_stream_", "mentorfeed_processor_records_processed_total",
                        "mentorfeed_processor_dead_letters_total{reason=\"serde\"}",
                        "mentorfeed_processor_punctuation_lag_seconds", "mentorfeed_processor_recommendations_total")
                        .doesNotContain("mentorfeed_ingest_");
                assertThat(apiMetrics).contains("http_server_requests_seconds_bucket",
                        "route=\"/api/v1/profiles/{id}/digest\"", "mentorfeed_api_read_model_lag_records",
                        "mentorfeed_email_sent_total", "mentorfeed_email_failed_total")
                        .doesNotContain("mentorfeed_ingest_", "kafka_stream_");

                assertThat(get(opsUrl(ingest, "/health/ready")).body()).isEqualTo("{\"status\":\"up\",\"services\":{\"ingest\":\"ready\"}}\n");
                assertThat(get(opsUrl(processor, "/health/live")).statusCode()).isEqualTo(200);
                assertThat(runbookMetrics()).hasSizeGreaterThan(10).as("metrics named in docs/runbooks that no service exposes")
                        .allSatisfy(name -> assertThat(ingestMetrics + processorMetrics + apiMetrics).contains(name));
            }
        }
    }

    @Test
    @Order(1)
    void aServiceAloneRefusesTheEmbeddedDefaultAndAClusterNotSetUp(KafkaCluster kafka) {
        var embedded = new OptionsLoader().forCommand(false, null, Map.of("MENTORFEED_OPS_PORT", "0"));
        assertThat(catchThrowable(() -> MentorfeedApp.startService(embedded, ServiceName.INGEST)))
                .hasMessageContaining("kafka.bootstrap-servers must be set to run ingest alone");

        var notSetUp = new OptionsLoader().forCommand(false, null, Map.of("MENTORFEED_OPS_PORT", "0",
                "MENTORFEED_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
        assertThat(catchThrowable(() -> MentorfeedApp.startService(notSetUp, ServiceName.PROCESSOR)))
                .hasMessageContaining("topics missing [").hasMessageContaining(Topics.CONTROL.name())
                .hasMessageContaining("./mentorfeed setup");
    }

    private static int runCommand(String... args) {
        var err = new StringWriter();
        CommandLine cli = MentorfeedCli.commandLine().setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(err.toString()).isEmpty();
        return code;
    }

    /** A config file as an operator writes one: the cluster, free ports, the sample mentors and one reader. */
    private static Path writeConfig(Path dir, String bootstrap, SampleFeedServer feeds) throws IOException {
        StringBuilder yaml = new StringBuilder()
                .append("kafka:\n  bootstrap-servers: ").append(bootstrap).append("\n  partitions: 4\n")
                .append("ops:\n  port: 0\n")
                .append("ingest:\n  poll-interval: 1s\n  max-poll-interval: 2s\n  allow-private-addresses: true\n")
                .append("processor:\n  state-dir: ").append(dir.resolve("streams")).append('\n')
                .append("api:\n  port: 0\n  anonymous-read-profiles: [reader]\n")
                // Email on, towards a port where nothing listens: its meters must exist all the same.
                .append("  email:\n    enabled: true\n    smtp-host: 127.0.0.1\n    smtp-port: 9\n    smtp-tls-mode: none\n")
                .append("    from: digest@mentorfeed.test\n    signing-secret: separate-services-test-signing-secret-0123456789\n")
                .append("mentors:\n");
        List<String> ids = new ArrayList<>();
        for (Mentor mentor : feeds.mentors()) {
            ids.add(mentor.id());
            yaml.append("  - id: ").append(mentor.id()).append("\n    feed-url: ").append(mentor.feedUrl())
                    .append("\n    kind: ").append(mentor.kind().name().toLowerCase()).append('\n');
        }
        // A feed that answers 404: the errors-by-class metric must show it.
        yaml.append("  - id: gone-mentor\n    feed-url: ").append(feeds.baseUrl()).append("/no-such-feed.xml\n");
        yaml.append("profiles:\n  - id: reader\n    time-zone: UTC\n    digest-hour: 7\n    interests: [writing]\n")
                .append("    following: [").append(String.join(", ", ids)).append("]\n");
        Path file = dir.resolve("mentorfeed.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private String metricsOnceReady(MentorfeedApp app, String expected) {
        await().atMost(Duration.ofSeconds(60)).until(app::isReady);
        await().atMost(Duration.ofSeconds(60)).until(() -> get(opsUrl(app, "/metrics")).body().contains(expected));
        return get(opsUrl(app, "/metrics")).body();
    }

    private static String opsUrl(MentorfeedApp app, String path) {
        return "http://127.0.0.1:" + app.opsPort() + path;
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every Prometheus metric name the runbooks mention. */
    private static Set<String> runbookMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> pages = Files.list(Path.of("..", "docs", "runbooks"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher matcher = RUNBOOK_METRIC.matcher(Files.readString(page));
                while (matcher.find()) {
                    names.add(matcher.group(1).replaceAll("_(total|bucket|count|sum|max)$", ""));
                }
            }
        }
        return names;
    }
}
