package io.mentorfeed.ingest.websub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * This instance's subscriptions, one per mentor, shared by the lease keeper (requests, renewals), the intent
 * verifier (the hub's GETs) and the push receiver. Every change is one atomic step on one mentor's entry, so a
 * verification racing a refused request or a renewal cannot undo the other.
 */
final class Subscriptions {
    /** A verified lease is renewed once this share of it has passed. */
    static final double RENEW_AT = 0.85;

    private final ConcurrentHashMap<String, Subscription> byMentor = new ConcurrentHashMap<>();

    Optional<Subscription> get(String mentorId) {
        return Optional.ofNullable(byMentor.get(mentorId));
    }

    boolean isActive(String mentorId, Instant now) {
        Subscription subscription = byMentor.get(mentorId);
        return subscription != null && subscription.isActive(now);
    }

    void put(Subscription subscription) {
        byMentor.put(subscription.mentorId(), subscription);
    }

    /** Replaces {@code expected} by what {@code change} makes of it, unless it was replaced meanwhile. */
    boolean replace(Subscription expected, UnaryOperator<Subscription> change) {
        boolean[] replaced = {false};
        byMentor.computeIfPresent(expected.mentorId(), (id, current) -> {
            if (current != expected) {
                return current;
            }
            replaced[0] = true;
            return change.apply(current);
        });
        return replaced[0];
    }

    void remove(String mentorId) {
        byMentor.remove(mentorId);
    }

    /** Removes {@code expected} unless it was replaced meanwhile. */
    boolean remove(Subscription expected) {
        return byMentor.remove(expected.mentorId(), expected);
    }

    /**
     * The hub verifies {@code mode} for {@code topic}: confirmed (and returned) only if exactly that request is
     * pending for this mentor. A subscribe becomes a lease of {@code lease} from {@code now}; an unsubscribe ends
     * the subscription.
     */
    Optional<Subscription> confirm(String mentorId, Subscription.Mode mode, String topic, Instant now,
                                   Duration lease) {
        Subscription[] confirmed = {null};
        byMentor.computeIfPresent(mentorId, (id, current) -> {
            if (current.pending() != mode || !current.hubTopic().topic().equals(topic)) {
                return current;
            }
            confirmed[0] = current;
            if (mode == Subscription.Mode.UNSUBSCRIBE) {
                return null;
            }
            long renewMillis = (long) (lease.toMillis() * RENEW_AT);
            return current.verified(now.plus(lease), now.plusMillis(renewMillis));
        });
        return Optional.ofNullable(confirmed[0]);
    }

    /** The hub refused the subscription to {@code topic}: forgotten (and returned) if it was this mentor's. */
    Optional<Subscription> deny(String mentorId, String topic) {
        Subscription current = byMentor.get(mentorId);
        if (current != null && current.hubTopic().topic().equals(topic) && byMentor.remove(mentorId, current)) {
            return Optional.of(current);
        }
        return Optional.empty();
    }

    List<Subscription> all() {
        return List.copyOf(byMentor.values());
    }

    int activeCount(Instant now) {
        return (int) byMentor.values().stream().filter(s -> s.isActive(now)).count();
    }
}
