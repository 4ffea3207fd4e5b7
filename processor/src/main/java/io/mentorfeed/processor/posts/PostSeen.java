package io.mentorfeed.processor.posts;

import java.time.Instant;

/** What the dedupe store remembers of a post: enough to tell a repeat from a real edit, and when it first came. */
public record PostSeen(String contentHash, int revision, Instant firstSeen) {
}
