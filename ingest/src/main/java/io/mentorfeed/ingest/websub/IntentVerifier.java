package io.mentorfeed.ingest.websub;

import io.mentorfeed.ingest.LogValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a hub's verification of intent (WebSub section 5.3): the challenge is echoed only for the request this
 * instance has pending for that mentor and topic, so nobody can subscribe our callback to anything we did not ask
 * for. A verified subscribe starts the lease the hub granted; a "denied" notice ends the subscription.
 */
final class IntentVerifier {
    /** Leases are taken between these bounds, whatever a hub says (a lease of 0 s would renew in a loop). */
    static final Duration SHORTEST_LEASE = Duration.ofSeconds(1);
    static final Duration LONGEST_LEASE = Duration.ofDays(365);

    private static final Logger log = LoggerFactory.getLogger(IntentVerifier.class);

    private final Subscriptions subscriptions;
    private final Duration requestedLease;
    private final Clock clock;
    private final WebSubMetrics metrics;
    private final Predicate<String> owned;
    private final Consumer<String> lapsed;

    /**
     * @param requestedLease the lease taken when a hub verifies a subscribe without hub.lease_seconds
     * @param owned          whether this instance polls the mentor's feed: no subscribe is confirmed otherwise
     * @param lapsed         told the mentor id when the hub denies its subscription
     */
    IntentVerifier(Subscriptions subscriptions, Duration requestedLease, Clock clock, WebSubMetrics metrics,
                   Predicate<String> owned, Consumer<String> lapsed) {
        this.subscriptions = subscriptions;
        this.requestedLease = requestedLease;
        this.clock = clock;
        this.metrics = metrics;
        this.owned = owned;
        this.lapsed = lapsed;
    }

    /** @param query the verification GET's decoded query parameters */
    CallbackAnswer answer(String mentorId, Map<String, String> query) {
        String mode = query.getOrDefault("hub.mode", "");
        String topic = query.get("hub.topic");
        if (topic == null || topic.isBlank()) {
            return refused(mentorId, mode, topic, 400, "bad-request");
        }
        return switch (mode) {
            case "subscribe" -> confirm(mentorId, Subscription.Mode.SUBSCRIBE, topic, query);
            case "unsubscribe" -> confirm(mentorId, Subscription.Mode.UNSUBSCRIBE, topic, query);
            case "denied" -> denied(mentorId, topic, query.getOrDefault("hub.reason", ""));
            default -> refused(mentorId, mode, topic, 400, "bad-request");
        };
    }

    private CallbackAnswer confirm(String mentorId, Subscription.Mode mode, String topic, Map<String, String> query) {
        String challenge = query.get("hub.challenge");
        if (challenge == null || challenge.isEmpty()) {
            return refused(mentorId, mode.wire(), topic, 400, "bad-request");
        }
        if (mode == Subscription.Mode.SUBSCRIBE && !owned.test(mentorId)) {
            return refused(mentorId, mode.wire(), topic, 404, "unknown-subscription");
        }
        Instant now = clock.instant();
        Duration lease = lease(query.get("hub.lease_seconds"));
        Optional<Subscription> confirmed = subscriptions.confirm(mentorId, mode, topic, now, lease);
        if (confirmed.isEmpty()) {
            return refused(mentorId, mode.wire(), topic, 404, "unknown-subscription");
        }
        metrics.verified();
        log.info("websub verified mentor={} mode={} hub={} topic={} leaseSeconds={}", mentorId, mode.wire(),
                confirmed.get().hubTopic().hub(), topic, mode == Subscription.Mode.SUBSCRIBE ? lease.toSeconds() : 0);
        return CallbackAnswer.of(200, challenge);
    }

    private CallbackAnswer denied(String mentorId, String topic, String reason) {
        Optional<Subscription> denied = subscriptions.deny(mentorId, topic);
        if (denied.isEmpty()) {
            return refused(mentorId, "denied", topic, 404, "unknown-subscription");
        }
        metrics.verificationRefused("denied");
        log.warn("websub subscription denied mentor={} hub={} topic={} reason=\"{}\"", mentorId,
                denied.get().hubTopic().hub(), topic, LogValues.quotableBrief(reason));
        lapsed.accept(mentorId);
        return CallbackAnswer.of(200, "");
    }

    private CallbackAnswer refused(String mentorId, String mode, String topic, int status, String reason) {
        metrics.verificationRefused(reason);
        log.info("websub verification refused mentor={} mode=\"{}\" topic=\"{}\" status={} reason={}", mentorId,
                LogValues.quotableBrief(mode), LogValues.quotableBrief(topic), status, reason);
        return CallbackAnswer.of(status, reason);
    }

    /** hub.lease_seconds as granted, kept within bounds; the lease asked for when absent or not a number. */
    private Duration lease(String seconds) {
        Duration granted;
        try {
            granted = seconds == null ? requestedLease : Duration.ofSeconds(Long.parseLong(seconds.strip()));
        } catch (NumberFormatException | ArithmeticException e) {
            granted = requestedLease;
        }
        if (granted.compareTo(SHORTEST_LEASE) < 0) {
            return SHORTEST_LEASE;
        }
        return granted.compareTo(LONGEST_LEASE) > 0 ? LONGEST_LEASE : granted;
    }
}
