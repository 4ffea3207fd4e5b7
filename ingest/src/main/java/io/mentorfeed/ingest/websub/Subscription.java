package io.mentorfeed.ingest.websub;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One mentor's subscription at one hub, as this instance knows it. Held in memory only: a restarted instance
 * subscribes again, with a new secret.
 *
 * @param secret    the HMAC key the hub signs pushes with; never logged (see {@link #toString()})
 * @param pending   the request sent and not yet verified by the hub, or null
 * @param expiresAt when the verified lease ends; null before the hub verified a subscription (or once it lapsed)
 * @param dueAt     when {@link LeaseKeeper} acts next: renew a verified lease, or send a request again that was
 *                  refused or never verified
 * @param attempts  requests of the pending mode sent in a row (drives the retry backoff)
 */
public record Subscription(String mentorId, HubTopic hubTopic, byte[] secret, Mode pending, Instant expiresAt,
                           Instant dueAt, int attempts) {

    /** What a request to the hub asks; the hub echoes it in its verification. */
    public enum Mode {
        SUBSCRIBE("subscribe"), UNSUBSCRIBE("unsubscribe");

        private final String wire;

        Mode(String wire) {
            this.wire = wire;
        }

        /** The hub.mode value. */
        public String wire() {
            return wire;
        }
    }

    public Subscription {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(hubTopic, "hubTopic");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** A new subscription, about to be requested, due again if the hub has not verified it in {@code waitFor}. */
    static Subscription requested(String mentorId, HubTopic hubTopic, byte[] secret, Instant now, Duration waitFor) {
        return new Subscription(mentorId, hubTopic, secret, Mode.SUBSCRIBE, null, now.plus(waitFor), 1);
    }

    /** True while the hub has verified a lease that has not ended: pushes are expected, polls can be rare. */
    public boolean isActive(Instant now) {
        return expiresAt != null && now.isBefore(expiresAt);
    }

    /**
     * The same subscription with {@code mode} requested now, awaiting verification until {@code due}; attempts count
     * the requests of that mode in a row.
     */
    Subscription sent(Mode mode, Instant due) {
        return new Subscription(mentorId, hubTopic, secret, mode, expiresAt, due, mode == pending ? attempts + 1 : 1);
    }

    /** The hub verified a subscribe with this lease: renew at {@code renewAt}. */
    Subscription verified(Instant leaseEnd, Instant renewAt) {
        return new Subscription(mentorId, hubTopic, secret, null, leaseEnd, renewAt, 0);
    }

    /** The request was refused or failed: send it again at {@code retryAt}. */
    Subscription retryAt(Instant retryAt) {
        return new Subscription(mentorId, hubTopic, secret, pending, expiresAt, retryAt, attempts);
    }

    /** The lease ended without a renewal the hub verified. */
    Subscription lapsed() {
        return new Subscription(mentorId, hubTopic, secret, pending, null, dueAt, attempts);
    }

    @Override
    public String toString() {
        return "Subscription[mentorId=" + mentorId + ", hub=" + hubTopic.hub() + ", topic=" + hubTopic.topic()
                + ", pending=" + pending + ", expiresAt=" + expiresAt + ", dueAt=" + dueAt + ", attempts=" + attempts
                + "]";
    }
}
