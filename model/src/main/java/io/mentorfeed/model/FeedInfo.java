package io.mentorfeed.model;

import java.time.Instant;
import java.util.List;

/**
 * The feed-level half of the normalized entry: what the feed says about itself. {@code author} is the display
 * name of the first of {@code authors}; {@code image} the URL of the feed's image (RSS image, Atom logo or icon,
 * iTunes artwork), described by {@code imageTitle}, {@code imageLink} and {@code imageDescription} when RSS says;
 * {@code podcast} the show's iTunes fields, null for a feed that is not a podcast.
 */
public record FeedInfo(String title, String link, String description, String language, String author, Instant updated,
                       String image, String format, String hub, String self, List<Person> authors,
                       List<String> categories, String imageTitle, String imageLink, String imageDescription,
                       String rights, String generator, PodcastInfo podcast) {
    public FeedInfo {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A feed described by the fields every format has; the others empty. */
    public FeedInfo(String title, String link, String description, String language, String author, Instant updated,
                    String image, String format, String hub, String self) {
        this(title, link, description, language, author, updated, image, format, hub, self, List.of(), List.of(),
                null, null, null, null, null, null);
    }
}
