package io.mentorfeed.ingest.schedule;

import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.Mentor;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * One followed feed and what this ingest instance remembers of it between polls. The scheduler runs at most one
 * poll of a feed at a time; fields are volatile because successive polls run on different pool threads.
 */
public final class TrackedFeed {
    private final int partition;
    private volatile Mentor mentor;
    private volatile boolean active = true;
    private volatile ScheduledFuture<?> nextPoll;
    private volatile Validators validators = Validators.none();
    private volatile String bodyHash;
    private volatile int consecutiveErrors;
    private volatile List<String> recentEntryIds = List.of();

    public TrackedFeed(Mentor mentor, int partition) {
        this.mentor = mentor;
        this.partition = partition;
    }

    public Mentor mentor() {
        return mentor;
    }

    public String mentorId() {
        return mentor.id();
    }

    public String feedUrl() {
        return mentor.feedUrl();
    }

    public int partition() {
        return partition;
    }

    public Validators validators() {
        return validators;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public int consecutiveErrors() {
        return consecutiveErrors;
    }

    public List<String> recentEntryIds() {
        return recentEntryIds;
    }

    public boolean isActive() {
        return active;
    }

    /** A newer record of the same mentor with the same feed: keeps the schedule and the memory. */
    void update(Mentor newer) {
        this.mentor = newer;
    }

    void scheduled(ScheduledFuture<?> next) {
        this.nextPoll = next;
    }

    /** Stops future polls; a poll already running finishes but does not schedule another. */
    void deactivate() {
        active = false;
        ScheduledFuture<?> next = nextPoll;
        if (next != null) {
            next.cancel(false);
        }
    }

    /** A poll whose records Kafka acknowledged: from now on it is what this feed looked like. */
    public void remember(Validators newValidators, String newBodyHash, List<String> entryIds, int errors) {
        if (newValidators != null) {
            validators = newValidators;
        }
        if (newBodyHash != null) {
            bodyHash = newBodyHash;
        }
        if (entryIds != null) {
            recentEntryIds = List.copyOf(entryIds);
        }
        consecutiveErrors = errors;
    }

    /** A poll that could not even be recorded counts as one more error. */
    public void failedToRecord() {
        consecutiveErrors++;
    }
}
