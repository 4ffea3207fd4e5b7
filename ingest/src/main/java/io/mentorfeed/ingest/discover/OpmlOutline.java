package io.mentorfeed.ingest.discover;

import java.util.List;

/**
 * One feed of an OPML file: its title, feed and site URLs, and its categories: the folders it sits in (outer
 * first, joined with '/') plus those of its {@code category} attribute.
 */
public record OpmlOutline(String title, String xmlUrl, String htmlUrl, List<String> categories) {
    public OpmlOutline {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
