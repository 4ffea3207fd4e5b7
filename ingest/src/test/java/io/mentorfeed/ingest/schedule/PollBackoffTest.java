package io.mentorfeed.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PollBackoffTest {
    private final PollBackoff backoff = new PollBackoff(Duration.ofMinutes(15), Duration.ofHours(6),
            Duration.ofSeconds(5), new Random());

    @Test
    void healthyFeedIsPolledEveryInterval() {
        assertThat(backoff.next(0)).isEqualTo(Duration.ofMinutes(15));
    }

    @RepeatedTest(20)
    void errorsBackOffExponentiallyWithJitterUpToTheCeiling() {
        assertThat(backoff.next(1)).isBetween(Duration.ofMinutes(22).plusSeconds(30), Duration.ofMinutes(30));
        assertThat(backoff.next(2)).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(60));
        assertThat(backoff.next(5)).isBetween(Duration.ofHours(6).multipliedBy(3).dividedBy(4), Duration.ofHours(6));
        assertThat(backoff.next(1_000)).isBetween(Duration.ofHours(4).plusMinutes(30), Duration.ofHours(6));
    }

    @RepeatedTest(20)
    void firstPollIsSpreadOverTheInitialSpread() {
        assertThat(backoff.firstPoll()).isBetween(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void firstPollsAreNotAllAtOnce() {
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.firstPoll()).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void retryAfterIsHonouredUpToTheCeiling() {
        var backoff = new PollBackoff(Duration.ofMinutes(15), Duration.ofHours(6), Duration.ZERO, new java.util.Random(1));

        assertThat(backoff.atLeast(Duration.ofMinutes(30), Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
        assertThat(backoff.atLeast(Duration.ofMinutes(30), Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.atLeast(Duration.ofMinutes(30), Duration.ofDays(3))).isEqualTo(Duration.ofHours(6));
    }
}
