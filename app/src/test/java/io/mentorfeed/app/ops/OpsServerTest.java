package io.mentorfeed.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<ServiceHealth> services = new CopyOnWriteArrayList<>();
    private final AtomicBoolean processUp = new AtomicBoolean();
    private final AtomicBoolean ingestLive = new AtomicBoolean(true);
    private final AtomicBoolean ingestReady = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    private OpsServer server;

    @BeforeEach
    void start() {
        server = OpsServer.start("127.0.0.1", 0, registry, services, processUp::get);
        services.add(new ServiceHealth("ingest", ingestLive::get, ingestReady::get));
    }

    @AfterEach
    void stop() {
        server.close();
        registry.close();
    }

    @Test
    void metricsArePrometheusText() throws Exception {
        registry.counter("mentorfeed.ingest.polls", "outcome", "fetched").increment(3);
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(response.body()).contains("mentorfeed_ingest_polls_total{outcome=\"fetched\"} 3.0");
    }

    @Test
    void notReadyUntilTheProcessHasStartedAndEveryServiceIsReady() throws Exception {
        ingestReady.set(true);
        assertThat(get("/health/ready").statusCode()).as("process still starting").isEqualTo(503);
        processUp.set(true);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"up\",\"services\":{\"ingest\":\"ready\"}}\n");
        ingestReady.set(false);
        assertThat(get("/health/ready").body()).isEqualTo("{\"status\":\"down\",\"services\":{\"ingest\":\"starting\"}}\n");
    }

    @Test
    void livenessFailsOnlyWhenAServiceDied() throws Exception {
        assertThat(get("/health/live").statusCode()).as("starting is alive").isEqualTo(200);
        ingestLive.set(false);
        HttpResponse<String> dead = get("/health/live");
        assertThat(dead.statusCode()).isEqualTo(503);
        assertThat(dead.body()).contains("\"ingest\":\"dead\"");
    }

    @Test
    void onlyReadsAreAnsweredAndUnknownPathsSayWhatExists() throws Exception {
        var post = HttpRequest.newBuilder(uri("/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> refused = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> unknown = get("/nothing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/metrics", "/health/ready");
    }

    @Test
    void aPortInUseIsOneClearLine() {
        var second = org.assertj.core.api.Assertions.catchThrowable(() ->
                OpsServer.start("127.0.0.1", server.port(), registry, services, processUp::get));
        assertThat(second).hasMessageContaining("cannot listen on 127.0.0.1:" + server.port())
                .hasMessageContaining("ops.port");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
