package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.testkit.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntentVerifierTest {
    private static final HubTopic HUB = new HubTopic(URI.create("https://hub.example/"), "https://blog.example/feed");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final Subscriptions subscriptions = new Subscriptions();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Set<String> owned = new HashSet<>(Set.of("ada"));
    private final List<String> lapsed = new ArrayList<>();
    private final IntentVerifier verifier = new IntentVerifier(subscriptions, Duration.ofDays(7), clock,
            new WebSubMetrics(meters), owned::contains, lapsed::add);

    @Test
    void echoesTheChallengeOfThePendingSubscribeAndStartsTheGrantedLease() {
        pending(Subscription.Mode.SUBSCRIBE);

        CallbackAnswer answer = verifier.answer("ada", Map.of("hub.mode", "subscribe", "hub.topic", HUB.topic(),
                "hub.challenge", "c-4711", "hub.lease_seconds", "3600"));

        assertThat(answer).isEqualTo(new CallbackAnswer(200, "c-4711"));
        Subscription active = subscriptions.get("ada").orElseThrow();
        assertThat(active.pending()).isNull();
        assertThat(active.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(active.dueAt()).isEqualTo(clock.instant().plusSeconds(3060));
        assertThat(meters.counter("mentorfeed.ingest.websub.verifications.confirmed").count()).isEqualTo(1);
    }

    @Test
    void refusesWhatThisInstanceDidNotAskFor() {
        assertThat(verifier.answer("ada", subscribe(HUB.topic())).status()).isEqualTo(404); // nothing pending
        pending(Subscription.Mode.SUBSCRIBE);
        assertThat(verifier.answer("ada", subscribe("https://evil.example/feed")).status()).isEqualTo(404);
        assertThat(verifier.answer("bob", subscribe(HUB.topic())).status()).isEqualTo(404);
        assertThat(verifier.answer("ada", Map.of("hub.mode", "unsubscribe", "hub.topic", HUB.topic(),
                "hub.challenge", "c")).status()).isEqualTo(404);
        owned.remove("ada");
        assertThat(verifier.answer("ada", subscribe(HUB.topic())).status()).isEqualTo(404);

        assertThat(subscriptions.get("ada").orElseThrow().pending()).isEqualTo(Subscription.Mode.SUBSCRIBE);
        assertThat(meters.counter(WebSubMetrics.VERIFICATIONS_REFUSED, "reason", "unknown-subscription").count())
                .isEqualTo(5);
    }

    @Test
    void aVerificationWithoutChallengeOrTopicIsABadRequest() {
        pending(Subscription.Mode.SUBSCRIBE);

        assertThat(verifier.answer("ada", Map.of("hub.mode", "subscribe", "hub.topic", HUB.topic())).status())
                .isEqualTo(400);
        assertThat(verifier.answer("ada", Map.of("hub.mode", "subscribe", "hub.challenge", "c")).status())
                .isEqualTo(400);
        assertThat(verifier.answer("ada", Map.of("hub.mode", "dance", "hub.topic", HUB.topic())).status())
                .isEqualTo(400);
        assertThat(subscriptions.isActive("ada", clock.instant())).isFalse();
    }

    @Test
    void aVerifiedUnsubscribeEndsTheSubscription() {
        pending(Subscription.Mode.UNSUBSCRIBE);
        owned.remove("ada"); // a removed mentor is no longer polled, and its unsubscribe still verifies

        assertThat(verifier.answer("ada", Map.of("hub.mode", "unsubscribe", "hub.topic", HUB.topic(),
                "hub.challenge", "bye")).body()).isEqualTo("bye");
        assertThat(subscriptions.get("ada")).isEmpty();
    }

    @Test
    void aDeniedSubscriptionIsDroppedAndReported() {
        pending(Subscription.Mode.SUBSCRIBE);

        assertThat(verifier.answer("ada", Map.of("hub.mode", "denied", "hub.topic", HUB.topic(),
                "hub.reason", "topic not \"allowed\"")).status()).isEqualTo(200);

        assertThat(subscriptions.get("ada")).isEmpty();
        assertThat(lapsed).containsExactly("ada");
        assertThat(meters.counter(WebSubMetrics.VERIFICATIONS_REFUSED, "reason", "denied").count()).isEqualTo(1);
    }

    @Test
    void keepsAGrantedLeaseWithinBounds() {
        pending(Subscription.Mode.SUBSCRIBE);
        verifier.answer("ada", Map.of("hub.mode", "subscribe", "hub.topic", HUB.topic(), "hub.challenge", "c",
                "hub.lease_seconds", "0"));
        assertThat(subscriptions.get("ada").orElseThrow().expiresAt()).isEqualTo(clock.instant().plusSeconds(1));

        subscriptions.put(subscriptions.get("ada").orElseThrow().sent(Subscription.Mode.SUBSCRIBE, clock.instant()));
        verifier.answer("ada", Map.of("hub.mode", "subscribe", "hub.topic", HUB.topic(), "hub.challenge", "c",
                "hub.lease_seconds", "soon"));
        assertThat(subscriptions.get("ada").orElseThrow().expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofDays(7)));
    }

    private void pending(Subscription.Mode mode) {
        Subscription subscription = Subscription.requested("ada", HUB, "secret".getBytes(), clock.instant(),
                Duration.ofMinutes(10));
        subscriptions.put(mode == Subscription.Mode.SUBSCRIBE ? subscription
                : subscription.sent(mode, clock.instant().plusSeconds(600)));
    }

    private static Map<String, String> subscribe(String topic) {
        return Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.challenge", "c");
    }
}
