package io.mentorfeed.bench.api;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.http.ApiServer;
import io.mentorfeed.api.http.ApiServices;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.api.web.Session;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Topic;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load run of the reader's page (issue 17's figure: the first render under 200 ms at p99 with 1,000 items in the
 * reading list). The server answers from an in-memory view filled as the read model would be (BenchData: one
 * reader, 20 mentors, {@code --posts} recommendations over the last days), with the request timer on as in
 * production, and the page's session cookie on every request. Rows: the page's HTML ({@code /}: today's digest,
 * every section, the reader's statuses; {@code /reading-list}: the first 50 items), with one connection (one reader
 * opening the page) and with {@code --connections} at once; and a first visit, the HTML then its style sheet,
 * script and icon one after the other as a browser with an empty cache fetches them, timed whole.
 *
 * <pre>bench/scripts/page-load.sh [--seconds 20] [--warmup 5] [--connections 8] [--posts 1000]</pre>
 */
public final class PageLoadRun {
    static final String TOKEN = "bench-reader-token";

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = LoadOptions.parse(args, Map.of("seconds", 20, "warmup", 5, "connections", 8,
                "posts", 1000));
        MaterializedView view = new MaterializedView();
        BenchData.fill(view, options.get("posts"));
        ApiConfig config = ApiConfig.defaults().withPort(0)
                .withTokens(List.of(), Map.of(BenchData.PROFILE, List.of(Ids.sha256Hex(TOKEN))), Map.of());
        ApiServer server = new ApiServer(config, ApiServices.over(view, new NoWrites(), new FeedDiscovery(false), 3,
                10), () -> true, Clock.systemUTC(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        server.start();
        String cookie = Session.COOKIE + "=" + new Session(BenchData.PROFILE, TOKEN).cookieValue();
        String base = "http://127.0.0.1:" + server.port();
        Duration warmup = Duration.ofSeconds(options.get("warmup"));
        Duration measure = Duration.ofSeconds(options.get("seconds"));
        try {
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("health/live (ceiling)", base + "/api/v1/health/live");
            urls.put("/ (today)", base + "/");
            urls.put("/reading-list (50 items)", base + "/reading-list");
            Map<String, LoadResult> single = new LinkedHashMap<>();
            Map<String, LoadResult> loaded = new LinkedHashMap<>();
            LoadGenerator one = new LoadGenerator(1, "Cookie", cookie);
            LoadGenerator many = new LoadGenerator(options.get("connections"), "Cookie", cookie);
            for (var url : urls.entrySet()) {
                single.put(url.getKey(), one.run(url.getValue(), warmup, measure));
                loaded.put(url.getKey(), many.run(url.getValue(), Duration.ofSeconds(1), measure));
            }
            double[] firstVisit = firstVisits(base, cookie, warmup, measure);
            print(options, warmup, measure, single, loaded, firstVisit);
        } finally {
            server.stop();
        }
    }

    /** p50, p99 and count of a first visit: the HTML, then app.css, app.js and the icon, as a fresh browser asks. */
    private static double[] firstVisits(String base, String cookie, Duration warmup, Duration measure)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = List.of("/", "/static/app.css", "/static/app.js", "/static/icon.svg").stream()
                .map(p -> HttpRequest.newBuilder(URI.create(base + p)).header("Cookie", cookie).build()).toList();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        long[] times = new long[1 << 16];
        int count = 0;
        while (System.nanoTime() < end && count < times.length) {
            long start = System.nanoTime();
            for (HttpRequest request : requests) {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
                }
            }
            if (start >= measureFrom) {
                times[count++] = System.nanoTime() - start;
            }
        }
        long[] sorted = Arrays.copyOf(times, count);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.ceil(0.5 * count) - 1] / 1e6, sorted[(int) Math.ceil(0.99 * count) - 1]
                / 1e6, count};
    }

    private static void print(Map<String, Integer> options, Duration warmup, Duration measure,
                              Map<String, LoadResult> single, Map<String, LoadResult> loaded, double[] firstVisit) {
        System.out.printf(Locale.ROOT, "page load run: %d posts in the reader's list, %d s per row after %d s of "
                + "warm-up, 1 and %d connections%n", options.get("posts"), measure.toSeconds(), warmup.toSeconds(),
                options.get("connections"));
        System.out.printf(Locale.ROOT, "| %-26s | %-11s | %9s | %8s | %8s | %6s | %8s |%n", "request", "connections",
                "req/s", "p50 ms", "p99 ms", "errors", "bytes");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String name : single.keySet()) {
            row(name, 1, single.get(name));
            row(name, options.get("connections"), loaded.get(name));
        }
        System.out.printf(Locale.ROOT, "| %-26s | %-11s | %9s | %8.2f | %8.2f | %6d | %8s |%n",
                "first visit (HTML + 3 assets)", "1", String.format(Locale.ROOT, "%.0f", firstVisit[2]
                        / measure.toSeconds()), firstVisit[0], firstVisit[1], 0, "");
    }

    private static void row(String name, int connections, LoadResult r) {
        System.out.printf(Locale.ROOT, "| %-26s | %-11d | %9.0f | %8.2f | %8.2f | %6d | %8d |%n", name, connections,
                r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors(), r.bodyBytes());
    }

    /** The load run only reads. */
    private static final class NoWrites implements Writer {
        @Override
        public <V> void write(Topic<String, V> topic, String key, V value) {
            throw new UnsupportedOperationException("the load run does not write");
        }
    }
}
