package io.mentorfeed.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An operator's request to the running services, on {@code mentorfeed.control}: every instance of a service reads
 * the whole topic (no consumer group) from its end at start, and acts on the commands that concern what it holds.
 * Ingest polls a feed it follows at once; every API instance rebuilds its read model.
 *
 * @param target a mentor id for {@link Kind#REFETCH_FEED}; {@code "*"} for {@link Kind#REBUILD_READ_MODEL}
 * @param requestedBy who asked ("cli", "api:admin"), for the logs
 */
public record ControlCommand(String id, Kind kind, String target, Instant requestedAt, String requestedBy) {
    public static final String ALL = "*";

    public enum Kind {
        /** Poll one feed now, without validators and ignoring its error backoff. */
        REFETCH_FEED,
        /** Drop the API's in-memory view and read the topics again from the beginning. */
        REBUILD_READ_MODEL
    }

    public ControlCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestedAt, "requestedAt");
        target = target == null || target.isBlank() ? ALL : target;
        requestedBy = requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy;
        if (kind == Kind.REFETCH_FEED && !target.equals(ALL)) {
            Ids.requireValid("mentor id", target);
        }
    }

    public static ControlCommand refetch(String mentorId, Instant at, String requestedBy) {
        return new ControlCommand(java.util.UUID.randomUUID().toString(), Kind.REFETCH_FEED, mentorId, at, requestedBy);
    }

    public static ControlCommand rebuildReadModel(Instant at, String requestedBy) {
        return new ControlCommand(java.util.UUID.randomUUID().toString(), Kind.REBUILD_READ_MODEL, ALL, at,
                requestedBy);
    }
}
