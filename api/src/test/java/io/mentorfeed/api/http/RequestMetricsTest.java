package io.mentorfeed.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Profile;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {
    private static final String ADMIN = "admin-token";
    private static final HttpClient http = HttpClient.newHttpClient();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Map<String, DistributionStatisticConfig> configured = new ConcurrentHashMap<>();
    private ApiServer server;

    @BeforeEach
    void start() {
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                configured.put(id.getName(), config);
                return config;
            }
        });
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", new Profile("ada", "Ada", null, ZoneId.of("UTC"), 7, List.of(), List.of()));
        ApiConfig config = ApiConfig.defaults().withPort(0).withTokens(List.of(Ids.sha256Hex(ADMIN)), Map.of(),
                Map.of());
        server = new ApiServer(config, ApiServices.over(view, null, new FeedDiscovery(false), 3, 10), () -> true,
                Clock.systemUTC(), registry);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void requestsAreTimedByRouteTemplateNeverByRawPath() throws Exception {
        get("/api/v1/profiles/ada");
        get("/api/v1/profiles/ada");
        get("/api/v1/profiles/nobody");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(timer("GET", "/api/v1/profiles/{id}", "200").count()).isEqualTo(2);
            assertThat(timer("GET", "/api/v1/profiles/{id}", "404").count()).isEqualTo(1);
        });
        assertThat(registry.find(RequestMetrics.NAME).meters()).extracting(meter -> meter.getId().getTag("route"))
                .noneMatch(route -> route.contains("ada") || route.contains("nobody"));
    }

    @Test
    void unmatchedPathsShareOneRouteSoScannersCannotAddSeries() throws Exception {
        get("/api/v1/wp-admin/setup.php");
        get("/.env");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(timer("GET", RequestMetrics.NOT_FOUND, "404").count()).isEqualTo(2));
        assertThat(registry.find(RequestMetrics.NAME).meters()).hasSize(1);
    }

    /** Any token is a method to Jetty, and Javalin takes X-HTTP-Method-Override as given: neither may add series. */
    @Test
    void unknownMethodsShareOneTagValueSoClientsCannotAddSeries() throws Exception {
        for (String method : List.of("PROPFIND", "SCAN1", "SCAN2")) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/profiles/ada"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        }
        for (String override : List.of("SCAN3", "get")) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/profiles/ada"))
                    .header("X-HTTP-Method-Override", override).GET().build(), HttpResponse.BodyHandlers.discarding());
        }

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(registry.find(RequestMetrics.NAME)
                .timers().stream().mapToLong(Timer::count).sum()).isEqualTo(5));
        assertThat(registry.find(RequestMetrics.NAME).meters()).extracting(meter -> meter.getId().getTag("method"))
                .containsOnly(RequestMetrics.OTHER_METHOD);
    }

    /** Buckets, not client-side percentiles, so that Prometheus can compute percentiles across instances. */
    @Test
    void theTimerAsksForAPercentileHistogram() throws Exception {
        get("/api/v1/health/live");

        // The simple registry does not publish buckets; what the timer asked for is what a Prometheus registry gets.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(configured.get(RequestMetrics.NAME).isPercentileHistogram()).isTrue());
    }

    private Timer timer(String method, String route, String status) {
        return registry.get(RequestMetrics.NAME).tags("method", method, "route", route, "status", status).timer();
    }

    private void get(String path) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + ADMIN).GET().build(), HttpResponse.BodyHandlers.discarding());
    }
}
