package io.mentorfeed.api.feeds;

import java.time.Instant;

/**
 * What a rendered feed says about itself: its title, where it lives (selfUrl, without any token), and where the
 * reader's home is. {@code updated} is the newest item's date, so an unchanged list renders byte for byte the same
 * (and keeps its ETag).
 */
public record FeedMeta(String title, String selfUrl, String homeUrl, Instant updated) {
}
