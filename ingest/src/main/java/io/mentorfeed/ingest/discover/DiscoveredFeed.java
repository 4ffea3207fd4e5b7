package io.mentorfeed.ingest.discover;

/** A feed found for a site: its URL, its title and format as read from the feed itself, and how it was found. */
public record DiscoveredFeed(String feedUrl, String title, String format, String siteUrl, String foundBy) {
}
