package io.mentorfeed.bench.api;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.http.ApiServer;
import io.mentorfeed.api.http.ApiServices;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load run of the API's read endpoints against the same server's trivial health endpoint, the ceiling: the same
 * server, client, connections and duration for each, so the ratios say what the digest and the reading list cost
 * on top of HTTP itself. The server answers from an in-memory view filled as the read model would fill it.
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
        ApiServer server = new ApiServer(config, ApiServices.over(view, new NoWrites(), new FeedDiscovery(false), 3, 10),
                () -> true);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1";
            Duration warmup = Duration.ofSeconds(options.get("warmup"));
            Duration measure = Duration.ofSeconds(options.get("seconds"));
            int connections = options.get("connections");
            LoadGenerator load = new LoadGenerator(connections, TOKEN);
            String healthUrl = base + "/health/live";
            String digestUrl = base + "/profiles/" + BenchData.PROFILE + "/digest";
            String listUrl = base + "/profiles/" + BenchData.PROFILE + "/reading-list?limit=20";
            // Warm every path (server and client JIT) before measuring any, so the first endpoint is not penalised.
            for (String url : List.of(healthUrl, digestUrl, listUrl)) {
                load.run(url, warmup, Duration.ofMillis(1));
            }
            LoadResult health = load.run(healthUrl, Duration.ZERO, measure);
            LoadResult digest = load.run(digestUrl, Duration.ZERO, measure);
            LoadResult list = load.run(listUrl, Duration.ZERO, measure);
            System.out.printf(Locale.ROOT, "api load run: %d connections, %d s per endpoint after %d s warm-up of each, "
                    + "%d posts in the reader's list%n", connections, measure.toSeconds(), warmup.toSeconds(),
                    options.get("posts"));
            System.out.printf(Locale.ROOT, "%-22s %10s %9s %9s %12s %12s %7s %8s%n", "endpoint", "req/s", "p50 ms",
                    "p99 ms", "req/s ratio", "p99 ratio", "errors", "bytes");
            for (var row : List.of(Map.entry("health/live (ceiling)", health), Map.entry("digest", digest),
                    Map.entry("reading-list?limit=20", list))) {
                LoadResult r = row.getValue();
                System.out.printf(Locale.ROOT, "%-22s %10.0f %9.2f %9.2f %12.2f %12.2f %7d %8d%n", row.getKey(),
                        r.requestsPerSecond(), r.p50Millis(), r.p99Millis(),
                        r.requestsPerSecond() / health.requestsPerSecond(), r.p99Millis() / health.p99Millis(),
                        r.errors(), r.bodyBytes());
            }
        } finally {
            server.stop();
        }
    }

    /** The load run only reads. */
    private static final class NoWrites implements Writer {
        @Override
        public <V> void write(Topic<String, V> topic, String key, V value) {
            throw new UnsupportedOperationException("the load run does not write");
        }
    }
}
