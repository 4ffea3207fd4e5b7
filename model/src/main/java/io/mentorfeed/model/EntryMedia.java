package io.mentorfeed.model;

/**
 * Media fields of video and podcast entries, as Rome's Media RSS and iTunes modules expose them.
 * Every field is optional: null when the feed does not say.
 */
public record EntryMedia(String thumbnailUrl, Long durationSeconds, String playerUrl, Long views, Double rating,
                         Integer season, Integer episode, String episodeType, Boolean explicit) {
}
