package io.mentorfeed.processor.tags;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topic tags for a post: each tag of the taxonomy whose words or phrases occur in the title or text, matched as
 * whole stemmed words ("brands" matches "brand", "brandy" does not), plus the post's own categories, lower-cased.
 * The taxonomy and the post are stemmed alike, by the post's language ({@link Stemmer}), so "le marketing" of a
 * French post matches the tag whose word is "marketing"; the taxonomy's stems are worked out once per language.
 */
public final class TopicTagger {
    private final Stemmer stemmer;
    private final Map<String, List<String>> taxonomy = new TreeMap<>();
    /** language key -> tag -> its phrases, each a list of stems; sorted so tags come out in a stable order. */
    private final Map<String, Map<String, List<List<String>>>> stemmed = new ConcurrentHashMap<>();

    public TopicTagger(Stemmer stemmer, Map<String, List<String>> taxonomy) {
        this.stemmer = stemmer;
        taxonomy.forEach((tag, phrases) -> this.taxonomy.put(tag.strip().toLowerCase(Locale.ROOT), phrases));
    }

    /** Tags of a post of no known language (English stems). */
    public List<String> tags(String title, String text, List<String> categories) {
        return tags(title, text, categories, null);
    }

    public List<String> tags(String title, String text, List<String> categories, String language) {
        List<String> words = stemmer.stems(title + "\n" + text, language);
        Set<String> tags = new LinkedHashSet<>();
        taxonomyIn(language).forEach((tag, phrases) -> {
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

    private Map<String, List<List<String>>> taxonomyIn(String language) {
        return stemmed.computeIfAbsent(Stemmer.key(language), key -> {
            Map<String, List<List<String>>> byTag = new TreeMap<>();
            taxonomy.forEach((tag, phrases) -> byTag.put(tag, phrases.stream()
                    .map(phrase -> stemmer.stems(phrase, language)).filter(s -> !s.isEmpty()).toList()));
            return byTag;
        });
    }
}
