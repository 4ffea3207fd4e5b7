package io.mentorfeed.ingest.schedule;

import io.mentorfeed.ingest.comments.CommentWatch;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.FeedState;
import java.time.Duration;
import java.util.List;

/**
 * One followed feed and what this ingest instance remembers of it between polls. The scheduler runs at most one
 * poll of a feed at a time; fields are volatile because successive polls run on different pool threads.
 */
public final class TrackedFeed {
    private final int partition;
    private volatile Mentor mentor;
    private volatile Validators validators = Validators.none();
    private volatile String bodyHash;
    private volatile int consecutiveErrors;
    private volatile List<String> recentEntryIds = List.of();
    private volatile Duration interval;
    private final PollTurn turn = new PollTurn();
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
        return turn.isActive();
    }

    /**
     * True during a poll an operator asked for (REFETCH_FEED): it is sent without validators and reads the body even
     * if it is unchanged, so a fixed parser or a changed feed is read in full; its error count starts from zero.
     */
    public boolean forced() {
        return turn.forced();
    }

    /** A newer record of the same mentor with the same feed: keeps the schedule and the memory. */
    void update(Mentor newer) {
        this.mentor = newer;
    }

    PollTurn turn() {
        return turn;
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
