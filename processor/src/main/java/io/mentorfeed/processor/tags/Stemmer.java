package io.mentorfeed.processor.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text to stemmed words with Lucene's English analyzer (standard tokenizer, lower case, possessives and stop words
 * removed, Porter stemmer): "Marketers' brands" and "marketing brand" meet on "market", "brand".
 */
public final class Stemmer {
    private final Analyzer analyzer = new EnglishAnalyzer();

    public List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text", e); // a StringReader never fails
        }
        return stems;
    }
}
