package io.mentorfeed.api.mentors;

import java.util.List;

/**
 * The body of POST mentors (create: {@code url} is a feed, site or YouTube channel URL) and PUT mentors/{id}
 * (update: {@code feedUrl} replaces the feed as given). Absent fields keep their current value on update.
 * {@code fullText} is auto, always or never; {@code fullTextSelector} a CSS selector ("" removes it).
 */
public record MentorRequest(String id, String name, String url, String feedUrl, String siteUrl, String kind,
                            List<String> topics, Boolean paused, String fullText, String fullTextSelector) {
}
