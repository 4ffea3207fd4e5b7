package io.mentorfeed.model;

/** A file attached to an entry (podcast audio, a video, a PDF); length in bytes when the feed gives it. */
public record Enclosure(String url, String type, Long length) {
}
