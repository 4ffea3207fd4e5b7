package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void columnsLineUpUnderTheirHeaders() {
        String text = new TextTable("MENTOR", "ERRORS", "LAST ERROR")
                .row("kim", 0, null)
                .row("anna-long-name", 12, "http 503")
                .render();
        assertThat(text).isEqualTo("""
                MENTOR          ERRORS  LAST ERROR
                kim             0       -
                anna-long-name  12      http 503
                """);
    }

    @Test
    void longCellsAreCutAndWhitespaceFolded() {
        String text = new TextTable(10, "A", "B").row("x", "one two\nthree four five").render();
        assertThat(text.lines().toList().get(1)).isEqualTo("x  one two t…");
    }

    @Test
    void instantsShowToTheSecondInUtcAndBlanksAsADash() {
        String text = new TextTable("AT", "NOTE").row(Instant.parse("2025-03-01T10:15:30.123Z"), "  ").render();
        assertThat(text.lines().toList().get(1)).isEqualTo("2025-03-01T10:15:30Z  -");
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
