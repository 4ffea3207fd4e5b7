package io.mentorfeed.api.engagements;

import io.mentorfeed.model.Engagement;

/** An engagement and whether this request created it (201) or replayed an earlier answer for its key (200). */
public record RecordedEngagement(Engagement engagement, boolean created) {
}
