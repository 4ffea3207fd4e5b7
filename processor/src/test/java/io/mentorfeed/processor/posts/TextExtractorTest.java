package io.mentorfeed.processor.posts;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.processor.Fixtures;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void dropsScriptsAndEmbedsDecodesEntitiesAndKeepsParagraphs() {
        ExtractedText text = extractor.extract(Fixtures.text("html/messy-markup.html"));

        assertThat(text.paragraphs()).containsExactly(
                "Café notes & ideas",
                "First line same paragraph, emphasised and linked.",
                "Second paragraph spread over lines.",
                "Loose text after a block.",
                "Then a paragraph made of two line breaks.",
                "one item",
                "two items");
        assertThat(text.text()).doesNotContain("tracking", "color", "<", "&amp;");
    }

    @Test
    void plainTextKeepsItsBlankLineParagraphs() {
        ExtractedText text = extractor.extract("Episode notes.\n\nGuest: Ada   Lovelace.\nRecorded in London.");

        assertThat(text.paragraphs()).containsExactly("Episode notes.", "Guest: Ada Lovelace. Recorded in London.");
    }

    @Test
    void nothingGivesNoParagraphs() {
        assertThat(extractor.extract(null).isEmpty()).isTrue();
        assertThat(extractor.extract("  <p> </p><script>x()</script>").isEmpty()).isTrue();
    }

    @Test
    void countsWordsAndRoundTripsThroughText() {
        ExtractedText text = extractor.extract("<p>one two three</p><p>four five</p>");

        assertThat(text.wordCount()).isEqualTo(5);
        assertThat(ExtractedText.fromText(text.text())).isEqualTo(text);
    }
}
