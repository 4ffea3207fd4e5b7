package io.mentorfeed.ingest.websub;

import io.mentorfeed.ingest.LogValues;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's subscriptions alive: asks hubs to subscribe and unsubscribe, sends a request again that was
 * refused or never verified (with backoff), renews a verified lease before it ends, and reports a lease that ended
 * anyway, so that the feed goes back to its normal polling. {@link #tick()} runs every fraction of a second and
 * acts on what is due; requests go out on {@code sender}, never on the caller's thread.
 */
final class LeaseKeeper {
    /** A request the hub accepted but did not verify within this time is sent again. */
    static final Duration VERIFY_WITHIN = Duration.ofMinutes(10);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(6);
    /** After this many unanswered unsubscribes, the hub is left to let the lease run out. */
    static final int UNSUBSCRIBE_ATTEMPTS = 3;
    /** WebSub allows secrets up to 200 bytes; 32 random bytes make 43 characters. */
    static final int SECRET_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    /** Sends one request to a subscription's hub and returns its answer ({@link HubClient#send}). */
    @FunctionalInterface
    interface Hub {
        HubAnswer send(Subscription subscription, Subscription.Mode mode);
    }

    private final Subscriptions subscriptions;
    private final Hub hub;
    private final Executor sender;
    private final Clock clock;
    private final WebSubMetrics metrics;
    private final Predicate<String> owned;
    private final Consumer<String> lapsed;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param owned  whether this instance still polls a mentor's feed; a subscription it does not is forgotten
     *               without an unsubscribe (the new owner subscribes)
     * @param lapsed told the mentor id when a subscription stops being active (lease ended, hub denied it)
     */
    LeaseKeeper(Subscriptions subscriptions, Hub hub, Executor sender, Clock clock, WebSubMetrics metrics,
                Predicate<String> owned, Consumer<String> lapsed) {
        this.subscriptions = subscriptions;
        this.hub = hub;
        this.sender = sender;
        this.clock = clock;
        this.metrics = metrics;
        this.owned = owned;
        this.lapsed = lapsed;
    }

    /** Subscribes the mentor's feed at this hub, with a new secret, unless that subscription already exists. */
    void subscribe(String mentorId, HubTopic hubTopic) {
        Subscription current = subscriptions.get(mentorId).orElse(null);
        if (current != null && current.pending() != Subscription.Mode.UNSUBSCRIBE
                && current.hubTopic().equals(hubTopic)) {
            return;
        }
        Subscription fresh = Subscription.requested(mentorId, hubTopic, newSecret(), clock.instant(), VERIFY_WITHIN);
        subscriptions.put(fresh);
        log.info("websub subscribing mentor={} hub={} topic={}", mentorId, hubTopic.hub(), hubTopic.topic());
        dispatch(fresh, Subscription.Mode.SUBSCRIBE);
    }

    /** The mentor was removed: asks the hub to stop pushing. */
    void unsubscribe(String mentorId) {
        subscriptions.get(mentorId).ifPresent(current -> {
            log.info("websub unsubscribing mentor={} hub={} topic={}", mentorId, current.hubTopic().hub(),
                    current.hubTopic().topic());
            send(current, Subscription.Mode.UNSUBSCRIBE, clock.instant());
        });
    }

    /** Acts on every subscription that is due: forget, lapse, renew, retry. */
    void tick() {
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions.all()) {
            String mentorId = subscription.mentorId();
            boolean unsubscribing = subscription.pending() == Subscription.Mode.UNSUBSCRIBE;
            if (!unsubscribing && !owned.test(mentorId)) {
                // Revoked or paused here: its new owner subscribes with a secret of its own.
                subscriptions.remove(subscription);
            } else if (subscription.expiresAt() != null && !now.isBefore(subscription.expiresAt())) {
                if (subscriptions.replace(subscription, Subscription::lapsed)) {
                    log.warn("websub lease lapsed mentor={} hub={} topic={}", mentorId, subscription.hubTopic().hub(),
                            subscription.hubTopic().topic());
                    lapsed.accept(mentorId);
                }
            } else if (!now.isBefore(subscription.dueAt())) {
                due(subscription, now);
            }
        }
    }

    private void due(Subscription subscription, Instant now) {
        if (subscription.pending() == Subscription.Mode.UNSUBSCRIBE
                && subscription.attempts() >= UNSUBSCRIBE_ATTEMPTS) {
            subscriptions.remove(subscription);
            log.warn("websub unsubscribe abandoned mentor={} hub={} attempts={}", subscription.mentorId(),
                    subscription.hubTopic().hub(), subscription.attempts());
            return;
        }
        if (subscription.pending() == null) {
            metrics.renewalSent();
            log.info("websub renewing mentor={} hub={} leaseEndsAt={}", subscription.mentorId(),
                    subscription.hubTopic().hub(), subscription.expiresAt());
        }
        send(subscription, subscription.pending() == null ? Subscription.Mode.SUBSCRIBE : subscription.pending(), now);
    }

    private void send(Subscription current, Subscription.Mode mode, Instant now) {
        // A hub that accepts but never verifies is asked again later and later, not every VERIFY_WITHIN forever.
        Duration wait = max(VERIFY_WITHIN, retryDelay(current.attempts()));
        Subscription sent = current.sent(mode, now.plus(wait));
        if (subscriptions.replace(current, ignored -> sent)) {
            dispatch(sent, mode);
        }
    }

    private void dispatch(Subscription sent, Subscription.Mode mode) {
        try {
            sender.execute(() -> {
                // Queued behind a slow hub, a request may have been replaced meanwhile: only the current one goes.
                if (subscriptions.get(sent.mentorId()).filter(current -> current == sent).isPresent()) {
                    answered(sent, mode, hub.send(sent, mode));
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: nothing more to send.
        }
    }

    private void answered(Subscription sent, Subscription.Mode mode, HubAnswer answer) {
        metrics.hubAnswered(answer);
        String mentorId = sent.mentorId();
        switch (answer.outcome()) {
            case ACCEPTED -> log.info("websub request accepted mentor={} mode={} hub={} status={}", mentorId,
                    mode.wire(), sent.hubTopic().hub(), answer.status());
            case NOT_ALLOWED -> {
                subscriptions.remove(sent);
                log.warn("websub hub not used mentor={} hub={} reason=\"{}\"", mentorId, sent.hubTopic().hub(),
                        LogValues.quotableBrief(answer.reason()));
            }
            case REFUSED, FAILED -> {
                Duration retry = retryDelay(sent.attempts());
                subscriptions.replace(sent, s -> s.retryAt(clock.instant().plus(retry)));
                log.warn("websub request failed mentor={} mode={} hub={} status={} error=\"{}\" retryInMillis={}",
                        mentorId, mode.wire(), sent.hubTopic().hub(), answer.status(),
                        LogValues.quotableBrief(answer.reason()), retry.toMillis());
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** 1, 2, 4 ... minutes after the first, second, third ... request in a row, at most {@link #MAX_RETRY}. */
    static Duration retryDelay(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    private byte[] newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encode(bytes);
    }
}
