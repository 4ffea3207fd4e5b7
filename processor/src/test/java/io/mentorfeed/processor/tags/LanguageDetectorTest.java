package io.mentorfeed.processor.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void theTextDecidesOverTheFeedsDeclaration() {
        assertThat(detector.detect("Hace veinte años no tenía ni idea de lo que era una reunión del consejo. "
                + "Tres personas me lo enseñaron, y hoy quiero contaros cómo.", "en-US")).isEqualTo("es");
        assertThat(detector.detect("Twenty years ago I had no idea what a board meeting was. Three people changed "
                + "that for me, and today I want to tell you how.", null)).isEqualTo("en");
    }

    @Test
    void tooLittleTextFallsBackToTheDeclaredPrimaryLanguage() {
        assertThat(detector.detect("OK", "de-AT")).isEqualTo("de");
        assertThat(detector.detect("", null)).isNull();
    }
}
