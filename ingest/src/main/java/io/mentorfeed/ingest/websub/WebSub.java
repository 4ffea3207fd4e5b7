package io.mentorfeed.ingest.websub;

import io.mentorfeed.ingest.LogValues;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.model.FeedInfo;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub for one ingest instance: the feeds it polls are subscribed at their hubs with callbacks on this instance's
 * listener, and what hubs push is taken like a polled body. Ingest tells it what it learns (a feed document read, a
 * mentor removed) and asks it how often to poll (a feed with an active subscription only as a safety net).
 */
public final class WebSub implements PushSubscriptions, AutoCloseable {
    /** How often leases are checked: short leases (tests, some hubs) are renewed well before they end. */
    static final Duration TICK = Duration.ofMillis(250);

    private static final Logger log = LoggerFactory.getLogger(WebSub.class);

    private final WebSubConfig config;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Set<String> inspected = ConcurrentHashMap.newKeySet();
    private final Predicate<String> owned;
    private final Clock clock;
    private final HubClient hubClient;
    private final LeaseKeeper keeper;
    private final CallbackServer server;
    private final ExecutorService sender;
    private final ScheduledExecutorService timer;

    private WebSub(IngestConfig ingest, PushSink sink, Predicate<String> owned, Consumer<String> lapsed,
                   MeterRegistry meters) {
        this.config = ingest.websub();
        this.owned = owned;
        this.clock = Clock.systemUTC();
        var metrics = new WebSubMetrics(meters);
        metrics.watchActive(() -> subscriptions.activeCount(clock.instant()));
        this.hubClient = new HubClient(config, ingest.connectTimeout(), ingest.requestTimeout(), ingest.userAgent(),
                ingest.allowPrivateAddresses());
        this.sender = Executors.newFixedThreadPool(2, daemon("websub-hub"));
        this.keeper = new LeaseKeeper(subscriptions, hubClient::send, sender, clock, metrics, owned, lapsed);
        var verifier = new IntentVerifier(subscriptions, config.lease(), clock, metrics, owned, lapsed);
        try {
            this.server = new CallbackServer(config, verifier, new PushReceiver(subscriptions, sink, metrics),
                    ingest.maxBodyBytes());
        } catch (RuntimeException e) {
            sender.shutdownNow();
            hubClient.close();
            throw e;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("websub-leases"));
        timer.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the callback listener and starts keeping leases.
     *
     * @param sink   takes a signed push into ingest's path for polled bodies
     * @param owned  whether this instance polls a mentor's feed now
     * @param lapsed told the mentor id when its subscription stops being active, to poll it at its own rhythm again
     */
    public static WebSub start(IngestConfig ingest, PushSink sink, Predicate<String> owned, Consumer<String> lapsed,
                               MeterRegistry meters) {
        WebSubConfig config = ingest.websub();
        if (!config.enabled()) {
            throw new IllegalArgumentException("WebSub needs ingest.websub.callback-url");
        }
        var webSub = new WebSub(ingest, sink, owned, lapsed, meters);
        log.info("websub started callbackUrl={} listen={}:{} pollIntervalSeconds={} leaseSeconds={}",
                config.callbackBase(), config.listenHost(), webSub.port(), config.pollInterval().toSeconds(),
                config.lease().toSeconds());
        return webSub;
    }

    /**
     * A feed document was read in full (a 200 body parsed): subscribes the feed at the hub it advertises, in its
     * Link headers or its atom:link elements, or at YouTube's, unless that subscription exists already.
     */
    @Override
    public void documentRead(String mentorId, URI feedUrl, FeedInfo feed, List<String> linkHeaders) {
        inspected.add(mentorId);
        HubDiscovery.discover(feedUrl, feed, linkHeaders).ifPresent(hubTopic -> keeper.subscribe(mentorId, hubTopic));
    }

    /**
     * True until a document of this feed was read since this instance took it: its first poll should then not be
     * conditional, or a 304 would hide the hub and the feed would go unsubscribed until it changes.
     */
    @Override
    public boolean wantsDocument(String mentorId) {
        return !inspected.contains(mentorId);
    }

    /** True while the feed's subscription has a verified lease: pushes come, polls are only a safety net. */
    @Override
    public boolean isActive(String mentorId) {
        return subscriptions.isActive(mentorId, clock.instant());
    }

    /** How often a feed with an active subscription is still polled. */
    @Override
    public Duration safetyNetInterval() {
        return config.pollInterval();
    }

    /** The mentor was removed from the registry: unsubscribes its feed. */
    @Override
    public void mentorRemoved(String mentorId) {
        inspected.remove(mentorId);
        keeper.unsubscribe(mentorId);
    }

    /** The port the callback listener is bound to. */
    public int port() {
        return server.port();
    }

    private void tick() {
        try {
            inspected.removeIf(owned.negate());
            keeper.tick();
        } catch (RuntimeException e) {
            log.error("websub lease check failed error=\"{}\"", LogValues.quotableBrief(String.valueOf(e)), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        server.close();
        sender.shutdownNow();
        hubClient.close();
        log.info("websub stopped subscriptionsHeld={}", subscriptions.all().size());
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
