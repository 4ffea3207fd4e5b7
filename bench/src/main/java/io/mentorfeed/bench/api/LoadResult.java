package io.mentorfeed.bench.api;

/** What one endpoint sustained: requests per second over the measured span, latency percentiles, failures, and the
 * size of one (uncompressed) answer. */
record LoadResult(double requestsPerSecond, double p50Millis, double p99Millis, long errors, int bodyBytes) {
}
