package io.mentorfeed.api.mentors;

import io.mentorfeed.model.SourceKind;

/** What discovery found behind a URL: the feed to follow, the site it belongs to, its kind and title. */
public record DiscoveredFeed(String feedUrl, String siteUrl, SourceKind kind, String title) {
}
