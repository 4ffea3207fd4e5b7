package io.mentorfeed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryTallyTest {

    @Test
    void everyExpectedKeyOnceIsExact() {
        var tally = DeliveryTally.of(Set.of("a", "b", "c"), List.of("c", "a", "b"));

        assertThat(tally).isEqualTo(new DeliveryTally(3, 3, 0, 0, 0));
        assertThat(tally.exact()).isTrue();
    }

    @Test
    void aMissingKeyIsLostAndARepeatedKeyIsDoubledOnceHoweverManyCopies() {
        var tally = DeliveryTally.of(Set.of("a", "b", "c"), List.of("a", "a", "a", "b"));

        assertThat(tally).isEqualTo(new DeliveryTally(3, 4, 1, 1, 0));
        assertThat(tally.exact()).isFalse();
    }

    @Test
    void aKeyNobodyPublishedIsUnexpected() {
        var tally = DeliveryTally.of(Set.of("a"), List.of("a", "z"));

        assertThat(tally.unexpected()).isEqualTo(1);
        assertThat(tally.exact()).isFalse();
    }
}
