package io.mentorfeed.processor.signals;

import io.mentorfeed.processor.posts.ExtractedText;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What signal detectors read: the title apart from the body, and the body by paragraph and sentence, with the time
 * the post was published (what "next Tuesday" and "last May" are relative to; null when unknown). The sentences
 * are split once here, not once per detector.
 */
public record PostText(String title, ExtractedText body, List<String> titleSentences,
                       List<List<String>> paragraphSentences, Instant published) {
    public PostText {
        title = title == null ? "" : title.strip();
        body = body == null ? new ExtractedText(List.of()) : body;
        titleSentences = sentences(title);
        paragraphSentences = body.paragraphs().stream().map(PostText::sentences).toList();
    }

    public PostText(String title, ExtractedText body) {
        this(title, body, null, null, null);
    }

    public PostText(String title, ExtractedText body, Instant published) {
        this(title, body, null, null, published);
    }

    /** The sentences of one paragraph, trimmed; curly apostrophes made straight so patterns stay simple. */
    public static List<String> sentences(String paragraph) {
        String text = paragraph.replace('\u2019', '\'').replace('\u2018', '\'');
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE;
             start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
