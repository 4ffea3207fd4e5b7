package io.mentorfeed.bench.api;

/** What one endpoint sustained: requests per second over the measured span, latency percentiles, failures, and the
 * size of one (uncompressed) answer. */
record LoadResult(double requestsPerSecond, double p50Millis, double p99Millis, long errors, int bodyBytes) {
    /** Two equal-length runs of one endpoint as one: rates and percentiles averaged, errors added. */
    static LoadResult mean(LoadResult a, LoadResult b) {
        return new LoadResult((a.requestsPerSecond + b.requestsPerSecond) / 2, (a.p50Millis + b.p50Millis) / 2,
                (a.p99Millis + b.p99Millis) / 2, a.errors + b.errors, a.bodyBytes);
    }
}
