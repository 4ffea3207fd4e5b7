package io.mentorfeed.model;

import java.util.List;

/**
 * What a podcast feed says about the show, from Apple's podcast namespace (itunes:*): its author and owner, texts,
 * content rating and directory flags, categories ("Business/Careers" for a subcategory), keywords and artwork.
 */
public record PodcastInfo(String author, Person owner, String summary, String subtitle, Boolean explicit,
                          Boolean block, Boolean complete, String type, List<String> categories,
                          List<String> keywords, String imageUrl, String newFeedUrl) {
    public PodcastInfo {
        categories = categories == null ? List.of() : List.copyOf(categories);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
