package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Post;
import io.mentorfeed.processor.tags.Stemmer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of a reader's interests a post is about: an interest equal to one of its tags (taxonomy topics and its own
 * categories), or found as whole stemmed words in its title or text ("marketing" finds "marketers"), both stemmed
 * by the post's language.
 */
public final class InterestMatcher {
    private final Stemmer stemmer;

    public InterestMatcher(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    public List<String> matches(List<String> interests, Post post) {
        return forPost(post).matches(interests);
    }

    /** A matcher for one post that stems its text once, however many readers' interests it is asked about. */
    public PostMatcher forPost(Post post) {
        return new PostMatcher(post);
    }

    public final class PostMatcher {
        private final Post post;
        private List<String> words;

        private PostMatcher(Post post) {
            this.post = post;
        }

        public List<String> matches(List<String> interests) {
            Set<String> matched = new LinkedHashSet<>();
            for (String interest : interests) {
                String name = interest.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || matched.contains(name)) {
                    continue;
                }
                if (post.tags().contains(name)) {
                    matched.add(name);
                    continue;
                }
                List<String> stems = stemmer.stems(name, post.language());
                if (words == null) {
                    words = stemmer.stems((post.title() == null ? "" : post.title()) + "\n"
                            + (post.text() == null ? "" : post.text()), post.language());
                }
                if (!stems.isEmpty() && Collections.indexOfSubList(words, stems) >= 0) {
                    matched.add(name);
                }
            }
            return List.copyOf(matched);
        }
    }
}
