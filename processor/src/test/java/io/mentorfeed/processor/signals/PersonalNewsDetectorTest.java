package io.mentorfeed.processor.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.processor.posts.TextExtractor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonalNewsDetectorTest {
    private static final Instant PUBLISHED = Instant.parse("2026-04-01T10:00:00Z");

    private final TextExtractor extractor = new TextExtractor();
    private final PersonalNewsDetector detector = new PersonalNewsDetector();

    private boolean found(String html) {
        return detector.detect(new PostText("", extractor.extract(html), PUBLISHED)).isPresent();
    }

    @Test
    void theAuthorsOwnNewsInTheFirstPerson() {
        assertThat(found("<p>I'm moving back to Stockholm next month.</p>")).isTrue();
        assertThat(found("<p>Jess and I are expecting our first child in September.</p>")).isTrue();
        assertThat(found("<p>After eight years, Friday is my last day at the Gazette.</p>")).isTrue();
        assertThat(found("<p>I turned 50 on Saturday.</p>")).isTrue();
    }

    @Test
    void aParagraphTheAuthorCallsPersonalCountsInTheThirdPerson() {
        assertThat(found("<p>A personal episode. Fay shares why she is taking a month off after her father's "
                + "death.</p>")).isTrue();
        assertThat(found("<p>Dr. Lee talks about his own burnout and recovery.</p>")).isFalse();
    }

    @Test
    void someoneElsesNewsIsNotTheAuthors() {
        assertThat(found("<p>My client Rosa was laid off in January.</p>")).isFalse();
        assertThat(found("<p>My colleague Jonas is stepping down after twelve years.</p>")).isFalse();
        assertThat(found("<p>When Carla's father passed away, I didn't know what to say.</p>")).isFalse();
    }

    @Test
    void oldBackstoryIsNotNews() {
        assertThat(found("<p>When my co-founder left in 2019 I was diagnosed with burnout.</p>")).isFalse();
        assertThat(found("<p>Years ago I was in hospital for a month.</p>")).isFalse();
        assertThat(found("<p>We moved to a primary and a secondary on-call rotation.</p>")).isFalse();
    }
}
