package io.mentorfeed.model;

import java.time.Instant;
import java.util.Objects;

/** When a response makes sense: opens at publication, is best before {@code bestBefore}, pointless after {@code closesAt}. */
public record ResponseWindow(Instant opensAt, Instant bestBefore, Instant closesAt) {
    public ResponseWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(bestBefore, "bestBefore");
        Objects.requireNonNull(closesAt, "closesAt");
        if (bestBefore.isBefore(opensAt) || closesAt.isBefore(bestBefore)) {
            throw new IllegalArgumentException("window must satisfy opensAt <= bestBefore <= closesAt");
        }
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
