package io.mentorfeed.processor.posts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain text taken out of HTML, paragraph by paragraph, so detectors can tell the end of a post from its middle.
 * {@code markedBoilerplate} holds the indexes of paragraphs whose markup says they are not the post (a sharing box, a
 * related-posts block, an author box, a list of links only): the text keeps them, so a post's content hash does not
 * depend on how boilerplate is told apart, and {@link BoilerplateRemover} drops them.
 */
public record ExtractedText(List<String> paragraphs, Set<Integer> markedBoilerplate) {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    public static final String PARAGRAPH_BREAK = "\n\n";

    public ExtractedText {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        markedBoilerplate = markedBoilerplate == null ? Set.of() : Set.copyOf(markedBoilerplate);
    }

    public ExtractedText(List<String> paragraphs) {
        this(paragraphs, Set.of());
    }

    /** Reads back text written by {@link #text()}, e.g. a post's stored text. */
    public static ExtractedText fromText(String text) {
        if (text == null || text.isBlank()) {
            return new ExtractedText(List.of());
        }
        return new ExtractedText(List.of(BLANK_LINE.split(text.strip())).stream()
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
            words += wordsIn(paragraph);
        }
        return words;
    }

    /** How many runs of non-whitespace a text has: what {@code split("\\s+")} would count, without a regex. */
    public static int wordsIn(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }
}
