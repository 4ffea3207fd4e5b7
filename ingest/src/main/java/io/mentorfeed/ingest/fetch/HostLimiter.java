package io.mentorfeed.ingest.fetch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most N requests in flight per host, however many of its feeds are due at once: politeness towards servers that
 * host many feeds (a blog platform, YouTube). Permits are fair, so a host's feeds take turns.
 */
final class HostLimiter {
    private final int perHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    /** True when a slot was taken within the wait; the caller must then {@link #release} it. */
    boolean acquire(String host, long waitMillis) throws InterruptedException {
        return semaphore(host).tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        return hosts.computeIfAbsent(host == null ? "" : host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
    }
}
