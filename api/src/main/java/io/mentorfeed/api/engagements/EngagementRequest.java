package io.mentorfeed.api.engagements;

import java.time.Instant;

/** The body of POST engagements: what the reader did with which post; {@code until} only for a snooze. */
public record EngagementRequest(String postId, String kind, Instant until) {
}
