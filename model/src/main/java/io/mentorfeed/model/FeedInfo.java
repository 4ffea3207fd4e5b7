package io.mentorfeed.model;

import java.time.Instant;

/** The feed-level half of the normalized entry: what the feed says about itself. */
public record FeedInfo(String title, String link, String description, String language, String author, Instant updated,
                       String image, String format, String hub, String self) {
}
