package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Post;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of a reader's interests a post is about: an interest equal to one of its tags, or found as whole words in
 * its title or text. Exact words for now; stemming and a shared taxonomy come later.
 */
public final class InterestMatcher {
    public List<String> matches(List<String> interests, Post post) {
        String words = (post.title() == null ? "" : post.title()) + "\n" + (post.text() == null ? "" : post.text());
        return interests.stream()
                .map(i -> i.strip().toLowerCase(Locale.ROOT))
                .filter(i -> !i.isEmpty())
                .distinct()
                .filter(i -> post.tags().contains(i) || containsWords(words, i))
                .toList();
    }

    private static boolean containsWords(String text, String interest) {
        String phrase = String.join("\\s+", Arrays.stream(interest.split("\\s+")).map(Pattern::quote).toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
