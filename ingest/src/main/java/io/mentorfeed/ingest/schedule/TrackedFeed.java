package io.mentorfeed.ingest.schedule;

import io.mentorfeed.ingest.comments.CommentWatch;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.FeedState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

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
    private volatile Duration interval;
    /** Held while a poll runs, so a revoked feed can be drained before its new owner reads its state. */
    private final ReentrantLock polling = new ReentrantLock();
    private final CommentWatch comments = new CommentWatch();

    public TrackedFeed(Mentor mentor, int partition) {
        this.mentor = mentor;
        this.partition = partition;
    }

    /** A feed that another instance (or this one, before a restart) polled: carry on where it left off. */
    public TrackedFeed(Mentor mentor, int partition, FeedState restored) {
        this(mentor, partition);
        if (restored != null && mentor.feedUrl().equals(restored.feedUrl())) {
            validators = new Validators(restored.etag(), restored.lastModified());
            recentEntryIds = restored.recentEntryIds();
            consecutiveErrors = restored.consecutiveErrors();
        }
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

    /** The comments feeds of this feed's recent posts, watched for the mentor's replies. */
    public CommentWatch comments() {
        return comments;
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

    /** The feed's healthy poll interval as its last document told it, else {@code fallback}. */
    public Duration interval(Duration fallback) {
        Duration known = interval;
        return known == null ? fallback : known;
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

    boolean beginPoll() {
        polling.lock();
        if (!active) {
            polling.unlock();
            return false;
        }
        return true;
    }

    void endPoll() {
        polling.unlock();
    }

    /** Waits until a running poll of this feed (if any) has finished; false if it did not within the time. */
    boolean awaitIdle(long millis) {
        try {
            if (polling.tryLock(millis, TimeUnit.MILLISECONDS)) {
                polling.unlock();
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A poll whose records Kafka acknowledged: from now on it is what this feed looked like. */
    public void remember(Validators newValidators, String newBodyHash, List<String> entryIds, int errors,
                         Duration newInterval) {
        if (newInterval != null) {
            interval = newInterval;
        }
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
