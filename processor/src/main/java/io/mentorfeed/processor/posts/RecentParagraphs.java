package io.mentorfeed.processor.posts;

import io.mentorfeed.model.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one feed's latest posts begin and end with, as paragraph fingerprints: the value of the
 * {@code feed-boilerplate} store, keyed by mentor id. A paragraph that another of these posts also had (the
 * newsletter's header, the author's bio, the coaching ad, the channel's links) is the feed's, not the post's.
 * Bounded: the last {@link #POSTS_KEPT} posts, the first {@link #HEAD} and last {@link #TAIL} paragraphs of each.
 * A new revision of a post replaces its own fingerprints, so an edited post does not count twice.
 */
public record RecentParagraphs(List<PostPrints> posts) {
    static final int POSTS_KEPT = 10;
    static final int HEAD = 6;
    static final int TAIL = 10;
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}0]+");

    /** One post's fingerprints. */
    public record PostPrints(String postId, List<String> prints) {
        public PostPrints {
            prints = prints == null ? List.of() : List.copyOf(prints);
        }
    }

    public RecentParagraphs {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public static RecentParagraphs none() {
        return new RecentParagraphs(List.of());
    }

    /** These posts with this one's paragraphs (replacing an earlier revision of it), the oldest dropped past the bound. */
    public RecentParagraphs with(String postId, List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i < HEAD || i >= paragraphs.size() - TAIL) {
                kept.add(print(paragraphs.get(i)));
            }
        }
        List<PostPrints> next = new ArrayList<>(posts.stream().filter(p -> !p.postId().equals(postId)).toList());
        next.add(new PostPrints(postId, kept));
        while (next.size() > POSTS_KEPT) {
            next.removeFirst();
        }
        return new RecentParagraphs(next);
    }

    /** The fingerprints of the paragraphs other posts than this one had. */
    public Set<String> seenBesides(String postId) {
        Set<String> seen = new HashSet<>();
        posts.stream().filter(p -> !p.postId().equals(postId)).forEach(p -> seen.addAll(p.prints()));
        return seen;
    }

    /**
     * A paragraph's fingerprint: its letters, lower-cased, with every number the same, so "Issue 112" and "Issue
     * 113" or "© 2025" and "© 2026" are one block. 16 hex digits of SHA-256: collisions are not a concern at this size.
     */
    public static String print(String paragraph) {
        String digits = NUMBERS.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll("0");
        String normal = NOT_LETTERS.matcher(digits).replaceAll(" ").strip();
        return Ids.sha256Hex(normal).substring(0, 16);
    }
}
