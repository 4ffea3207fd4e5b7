package io.mentorfeed.model;

/**
 * One media object of an entry as Media RSS describes it ({@code media:content}, also inside
 * {@code media:group}): a video, an audio file or an image, with what the feed says about it.
 */
public record MediaContent(String url, String type, String medium, Long durationSeconds, Integer width,
                           Integer height, Long fileSize, Double bitrate) {
}
