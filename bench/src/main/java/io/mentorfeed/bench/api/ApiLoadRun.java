package io.mentorfeed.bench.api;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.http.ApiServer;
import io.mentorfeed.api.http.ApiServices;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load run of the API's read endpoints against the same server's trivial health endpoint, the ceiling: the same
 * server, client, connections and duration for each, so the ratios say what the digest and the reading list cost
 * on top of HTTP itself. The server answers from an in-memory view filled as the read model would fill it, and
 * times every request into a Prometheus registry as in production; a second pass without the request timer says
 * what the metrics cost.
 *
 * <pre>bench/scripts/api-load.sh [--seconds 20] [--warmup 5] [--connections 16] [--posts 500]</pre>
 */
public final class ApiLoadRun {
    static final String TOKEN = "bench-admin-token";

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = LoadOptions.parse(args, Map.of("seconds", 20, "warmup", 5, "connections", 16,
                "posts", 500));
        MaterializedView view = new MaterializedView();
        BenchData.fill(view, options.get("posts"));
        ApiConfig config = ApiConfig.defaults().withPort(0)
                .withTokens(List.of(Ids.sha256Hex(TOKEN)), Map.of(), Map.of());
        Duration warmup = Duration.ofSeconds(options.get("warmup"));
        Duration measure = Duration.ofSeconds(options.get("seconds"));
        var load = new LoadGenerator(options.get("connections"), TOKEN);

        // As in production: every request timed into a Prometheus registry. Beside it the same server without the
        // request timer, to say what the metrics cost: both warmed first, then measured in turns A B B A so that
        // neither gains from running later in a warmer JVM.
        var unmetered = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        unmetered.config().meterFilter(MeterFilter.denyNameStartsWith("http.server.requests"));
        ApiServer metered = server(view, config, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        ApiServer bare = server(view, config, unmetered);
        try {
            Map<String, String> meteredUrls = urls(metered);
            Map<String, String> bareUrls = urls(bare);
            for (String endpoint : meteredUrls.keySet()) {
                load.run(meteredUrls.get(endpoint), warmup, Duration.ofMillis(1));
                load.run(bareUrls.get(endpoint), warmup, Duration.ofMillis(1));
            }
            Duration half = measure.dividedBy(2);
            Map<String, LoadResult> withTimer = new LinkedHashMap<>();
            Map<String, LoadResult> withoutTimer = new LinkedHashMap<>();
            for (String endpoint : meteredUrls.keySet()) {
                LoadResult a1 = load.run(meteredUrls.get(endpoint), Duration.ZERO, half);
                LoadResult b1 = load.run(bareUrls.get(endpoint), Duration.ZERO, half);
                LoadResult b2 = load.run(bareUrls.get(endpoint), Duration.ZERO, half);
                LoadResult a2 = load.run(meteredUrls.get(endpoint), Duration.ZERO, half);
                withTimer.put(endpoint, LoadResult.mean(a1, a2));
                withoutTimer.put(endpoint, LoadResult.mean(b1, b2));
            }
            print(options, warmup, measure, withTimer, withoutTimer);
        } finally {
            metered.stop();
            bare.stop();
        }
    }

    private static final String HEALTH = "health/live (ceiling)";

    private static void print(Map<String, Integer> options, Duration warmup, Duration measure,
                              Map<String, LoadResult> metered, Map<String, LoadResult> bare) {
        System.out.printf(Locale.ROOT, "api load run: %d connections, %d s per endpoint (two halves, A B B A) after "
                + "%d s warm-up of each, %d posts in the reader's list%n", options.get("connections"),
                measure.toSeconds(), warmup.toSeconds(), options.get("posts"));
        System.out.printf(Locale.ROOT, "%-22s %10s %9s %9s %12s %12s %7s %8s %14s%n", "endpoint", "req/s", "p50 ms",
                "p99 ms", "req/s ratio", "p99 ratio", "errors", "bytes", "metrics cost");
        LoadResult health = metered.get(HEALTH);
        for (var row : metered.entrySet()) {
            LoadResult r = row.getValue();
            System.out.printf(Locale.ROOT, "%-22s %10.0f %9.2f %9.2f %12.2f %12.2f %7d %8d %14.2f%n", row.getKey(),
                    r.requestsPerSecond(), r.p50Millis(), r.p99Millis(),
                    r.requestsPerSecond() / health.requestsPerSecond(), r.p99Millis() / health.p99Millis(),
                    r.errors(), r.bodyBytes(), r.requestsPerSecond() / bare.get(row.getKey()).requestsPerSecond());
        }
        System.out.println("metrics cost: req/s with the request timer / req/s of the same server without it");
    }

    private static ApiServer server(MaterializedView view, ApiConfig config, MeterRegistry registry) {
        ApiServer server = new ApiServer(config, ApiServices.over(view, new NoWrites(), new FeedDiscovery(false), 3, 10),
                () -> true, Clock.systemUTC(), registry);
        server.start();
        return server;
    }

    private static Map<String, String> urls(ApiServer server) {
        String base = "http://127.0.0.1:" + server.port() + "/api/v1";
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(HEALTH, base + "/health/live");
        urls.put("digest", base + "/profiles/" + BenchData.PROFILE + "/digest");
        urls.put("reading-list?limit=20", base + "/profiles/" + BenchData.PROFILE + "/reading-list?limit=20");
        return urls;
    }

    /** The load run only reads. */
    private static final class NoWrites implements Writer {
        @Override
        public <V> void write(Topic<String, V> topic, String key, V value) {
            throw new UnsupportedOperationException("the load run does not write");
        }
    }
}
