package io.mentorfeed.ingest.fetch;

import io.mentorfeed.ingest.IngestMetrics;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most N requests in flight per host, however many of its feeds are due at once: politeness towards servers that
 * host many feeds (a blog platform, YouTube). Permits are fair, so a host's feeds take turns. The time spent waiting
 * is measured per host: a host whose waits grow has more due feeds than its limit lets through.
 */
final class HostLimiter {
    private final int perHost;
    private final IngestMetrics metrics;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimiter(int perHost, IngestMetrics metrics) {
        this.perHost = perHost;
        this.metrics = metrics;
    }

    /** True when a slot was taken within the wait; the caller must then {@link #release} it. */
    boolean acquire(String host, long waitMillis) throws InterruptedException {
        long started = System.nanoTime();
        try {
            return semaphore(host).tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } finally {
            metrics.hostWaited(host, System.nanoTime() - started);
        }
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        return hosts.computeIfAbsent(host == null ? "" : host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
    }
}
