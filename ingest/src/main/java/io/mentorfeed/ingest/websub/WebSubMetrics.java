package io.mentorfeed.ingest.websub;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/**
 * The WebSub meters, in one place (names and tags are a contract with dashboards; see docs/ingest.md). Tags stay
 * bounded: reasons and outcomes are fixed words.
 */
public final class WebSubMetrics {
    static final String PUSHES_REFUSED = "mentorfeed.ingest.websub.pushes.refused";
    static final String VERIFICATIONS_REFUSED = "mentorfeed.ingest.websub.verifications.refused";
    static final String HUB_REQUESTS = "mentorfeed.ingest.websub.hub.requests";

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter accepted;
    private final Counter verified;
    private final Counter renewals;

    public WebSubMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.received = Counter.builder("mentorfeed.ingest.websub.pushes.received")
                .description("content pushes that reached a callback").register(registry);
        this.accepted = Counter.builder("mentorfeed.ingest.websub.pushes.accepted")
                .description("signed pushes taken into the feed's path").register(registry);
        this.verified = Counter.builder("mentorfeed.ingest.websub.verifications.confirmed")
                .description("intent verifications answered with the challenge").register(registry);
        this.renewals = Counter.builder("mentorfeed.ingest.websub.renewals")
                .description("subscribe requests sent to renew a verified lease").register(registry);
    }

    /** Follows how many subscriptions have a verified lease that has not ended. */
    void watchActive(Supplier<Number> active) {
        // Held strongly: a gauge keeps its object weakly, and nothing else references this supplier.
        Gauge.builder("mentorfeed.ingest.websub.subscriptions.active", active, s -> s.get().doubleValue())
                .strongReference(true)
                .description("subscriptions with a verified, unexpired lease").register(registry);
    }

    void pushReceived() {
        received.increment();
    }

    void pushAccepted() {
        accepted.increment();
    }

    /** A push not taken: {@code reason} is a {@link HubSignature.Verdict#reason()} or gone, too-large, not-recorded. */
    void pushRefused(String reason) {
        registry.counter(PUSHES_REFUSED, "reason", reason).increment();
    }

    void verified() {
        verified.increment();
    }

    /** A verification not confirmed: unknown-subscription, bad-request, or the hub's denied. */
    void verificationRefused(String reason) {
        registry.counter(VERIFICATIONS_REFUSED, "reason", reason).increment();
    }

    void renewalSent() {
        renewals.increment();
    }

    /** How a hub took a request: accepted, refused, failed, not-allowed. */
    void hubAnswered(HubAnswer answer) {
        registry.counter(HUB_REQUESTS, "outcome", answer.word()).increment();
    }
}
