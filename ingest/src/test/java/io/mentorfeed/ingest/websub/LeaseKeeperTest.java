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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LeaseKeeperTest {
    private static final HubTopic HUB = new HubTopic(URI.create("https://hub.example/"), "https://blog.example/feed");
    private static final Duration LEASE = Duration.ofDays(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> lapsed = new ArrayList<>();
    private final Set<String> owned = new HashSet<>(Set.of("ada"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private HubAnswer answer = HubAnswer.of(202);
    private final LeaseKeeper keeper = new LeaseKeeper(subscriptions, this::send, Runnable::run, clock,
            new WebSubMetrics(meters), owned::contains, lapsed::add);

    private record Sent(Subscription subscription, Subscription.Mode mode) {}

    private HubAnswer send(Subscription subscription, Subscription.Mode mode) {
        sent.add(new Sent(subscription, mode));
        return answer;
    }

    @Test
    void subscribesOnceWithAFreshRandomSecret() {
        keeper.subscribe("ada", HUB);
        keeper.subscribe("ada", HUB);

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.mode()).isEqualTo(Subscription.Mode.SUBSCRIBE);
            assertThat(s.subscription().secret()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(s.subscription().toString()).doesNotContain(new String(s.subscription().secret()));
        });
        subscriptions.remove("ada");
        keeper.subscribe("ada", HUB);
        assertThat(sent.get(1).subscription().secret()).isNotEqualTo(sent.get(0).subscription().secret());
    }

    @Test
    void renewsAVerifiedLeaseAtEightyFivePercentWithTheSameSecret() {
        keeper.subscribe("ada", HUB);
        verify(LEASE);

        clock.advance(Duration.ofDays(8));
        keeper.tick();
        assertThat(sent).hasSize(1);
        clock.advance(Duration.ofHours(12));
        keeper.tick();

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).mode()).isEqualTo(Subscription.Mode.SUBSCRIBE);
        assertThat(sent.get(1).subscription().secret()).isEqualTo(sent.get(0).subscription().secret());
        assertThat(subscriptions.isActive("ada", clock.instant())).isTrue(); // still, until the lease ends
        assertThat(meters.counter("mentorfeed.ingest.websub.renewals").count()).isEqualTo(1);
        verify(LEASE);
        keeper.tick();
        assertThat(sent).hasSize(2);
    }

    @Test
    void aLeaseThatEndsUnrenewedIsReportedOnce() {
        keeper.subscribe("ada", HUB);
        verify(Duration.ofSeconds(10));
        answer = HubAnswer.failed("connect: refused");

        clock.advance(Duration.ofSeconds(9));
        keeper.tick(); // renewal sent, and it fails
        clock.advance(Duration.ofSeconds(2));
        keeper.tick();
        keeper.tick();

        assertThat(lapsed).containsExactly("ada");
        assertThat(subscriptions.isActive("ada", clock.instant())).isFalse();
    }

    @Test
    void aRefusedRequestIsSentAgainWithBackoff() {
        answer = HubAnswer.of(500);
        keeper.subscribe("ada", HUB);

        clock.advance(Duration.ofSeconds(59));
        keeper.tick();
        assertThat(sent).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        keeper.tick();
        assertThat(sent).hasSize(2);
        clock.advance(Duration.ofMinutes(2));
        keeper.tick();
        assertThat(sent).hasSize(3);
        assertThat(LeaseKeeper.retryDelay(30)).isEqualTo(LeaseKeeper.MAX_RETRY);
        assertThat(meters.counter(WebSubMetrics.HUB_REQUESTS, "outcome", "refused").count()).isEqualTo(3);
    }

    @Test
    void anAcceptedRequestNeverVerifiedIsSentAgain() {
        keeper.subscribe("ada", HUB);

        clock.advance(LeaseKeeper.VERIFY_WITHIN);
        keeper.tick();

        assertThat(sent).hasSize(2);
    }

    @Test
    void aHubThatMayNotBeUsedIsDropped() {
        answer = HubAnswer.notAllowed("insecure-hub");
        keeper.subscribe("ada", HUB);

        assertThat(subscriptions.get("ada")).isEmpty();
    }

    @Test
    void aMentorNoLongerPolledHereIsForgottenWithoutAnUnsubscribe() {
        keeper.subscribe("ada", HUB);
        verify(LEASE);
        owned.remove("ada");

        keeper.tick();

        assertThat(subscriptions.get("ada")).isEmpty();
        assertThat(sent).hasSize(1);
        assertThat(lapsed).isEmpty();
    }

    @Test
    void aRemovedMentorIsUnsubscribedAndGivenUpAfterThreeUnansweredAttempts() {
        keeper.subscribe("ada", HUB);
        verify(LEASE);
        owned.remove("ada");

        keeper.unsubscribe("ada");
        keeper.tick(); // unsubscribing: kept although no longer polled
        assertThat(sent).extracting(Sent::mode).containsExactly(Subscription.Mode.SUBSCRIBE,
                Subscription.Mode.UNSUBSCRIBE);
        for (int i = 0; i < 3; i++) {
            clock.advance(LeaseKeeper.VERIFY_WITHIN);
            keeper.tick();
        }

        assertThat(sent).hasSize(4);
        assertThat(subscriptions.get("ada")).isEmpty();
    }

    private void verify(Duration lease) {
        assertThat(subscriptions.confirm("ada", Subscription.Mode.SUBSCRIBE, HUB.topic(), clock.instant(), lease))
                .isPresent();
    }
}
