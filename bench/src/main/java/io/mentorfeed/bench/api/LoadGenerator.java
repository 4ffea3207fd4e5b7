package io.mentorfeed.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code connections} virtual threads, each sending the next request as soon as the
 * previous answer arrived, over one HTTP/1.1 client. Latencies of the measured span are kept whole (a run is at most
 * a few million requests) and sorted for exact percentiles.
 */
final class LoadGenerator {
    private final int connections;
    private final String header;
    private final String value;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    LoadGenerator(int connections, String token) {
        this(connections, "Authorization", "Bearer " + token);
    }

    /** Every request carries this header: a bearer token, or the page's session cookie. */
    LoadGenerator(int connections, String header, String value) {
        this.connections = connections;
        this.header = header;
        this.value = value;
    }

    LoadResult run(String url, Duration warmup, Duration measure) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header(header, value)
                .GET().build();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger bodyBytes = new java.util.concurrent.atomic.AtomicInteger();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            LatencyLog log = new LatencyLog();
            threads.add(Thread.ofVirtual().start(() -> {
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        break;
                    }
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        bodyBytes.set(response.body().length);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (sent >= measureFrom) {
                        log.add(System.nanoTime() - sent);
                    }
                }
                synchronized (perThread) {
                    perThread.add(log.toArray());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measure.toNanos() / 1e9;
        return new LoadResult(all.length / seconds, percentile(all, 0.50), percentile(all, 0.99), errors.get(),
                bodyBytes.get());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** A growable array of nanosecond latencies, one per thread, so recording never contends. */
    private static final class LatencyLog {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
