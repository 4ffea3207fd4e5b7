package io.mentorfeed.processor.tags;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Topic tags for a post: each tag of the taxonomy whose words or phrases occur in the title or text, matched as
 * whole stemmed words ("brands" matches "brand", "brandy" does not), plus the post's own categories, lower-cased.
 */
public final class TopicTagger {
    private final Stemmer stemmer;
    /** tag -> its phrases, each a list of stems; sorted so tags come out in a stable order. */
    private final Map<String, List<List<String>>> taxonomy = new TreeMap<>();

    public TopicTagger(Stemmer stemmer, Map<String, List<String>> taxonomy) {
        this.stemmer = stemmer;
        taxonomy.forEach((tag, phrases) -> this.taxonomy.put(tag.strip().toLowerCase(Locale.ROOT),
                phrases.stream().map(stemmer::stems).filter(s -> !s.isEmpty()).toList()));
    }

    public List<String> tags(String title, String text, List<String> categories) {
        List<String> words = stemmer.stems(title + "\n" + text);
        Set<String> tags = new LinkedHashSet<>();
        taxonomy.forEach((tag, phrases) -> {
            if (phrases.stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0)) {
                tags.add(tag);
            }
        });
        for (String category : categories) {
            String tag = category.strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }
}
