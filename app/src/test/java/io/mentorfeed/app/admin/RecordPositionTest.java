package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordPositionTest {
    @Test
    void parsesPartitionAndOffset() {
        assertThat(RecordPosition.parse("2:41")).isEqualTo(new RecordPosition(2, 41));
        assertThat(RecordPosition.parse(" 0:0 ")).isEqualTo(new RecordPosition(0, 0));
        assertThat(RecordPosition.parse("1:9000000000").offset()).isEqualTo(9_000_000_000L);
    }

    @Test
    void printsAsItIsWritten() {
        assertThat(new RecordPosition(2, 41)).hasToString("2:41");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "2:", ":41", "-1:3", "2:-3", "a:b", "2:41:1", "2@41"})
    void refusesAnythingElseWithAnExample(String text) {
        assertThatThrownBy(() -> RecordPosition.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not PARTITION:OFFSET (e.g. 0:42)");
    }

    @Test
    void ordersByPartitionThenOffset() {
        assertThat(new RecordPosition(0, 9)).isLessThan(new RecordPosition(1, 0));
        assertThat(new RecordPosition(1, 2)).isLessThan(new RecordPosition(1, 10));
    }
}
