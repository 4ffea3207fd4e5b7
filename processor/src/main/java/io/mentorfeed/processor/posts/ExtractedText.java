package io.mentorfeed.processor.posts;

import java.util.List;

/** Plain text taken out of HTML, paragraph by paragraph, so detectors can tell the end of a post from its middle. */
public record ExtractedText(List<String> paragraphs) {
    public static final String PARAGRAPH_BREAK = "\n\n";

    public ExtractedText {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** Reads back text written by {@link #text()}, e.g. a post's stored text. */
    public static ExtractedText fromText(String text) {
        if (text == null || text.isBlank()) {
            return new ExtractedText(List.of());
        }
        return new ExtractedText(List.of(text.strip().split("\\n\\s*\\n")).stream()
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    /** The paragraphs separated by blank lines. */
    public String text() {
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    public int wordCount() {
        int words = 0;
        for (String paragraph : paragraphs) {
            words += paragraph.split("\\s+").length;
        }
        return words;
    }
}
