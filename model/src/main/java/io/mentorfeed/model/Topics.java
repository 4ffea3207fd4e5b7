package io.mentorfeed.model;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic of mentorfeed (see docs/design.md). Kafka is the only source of truth; compacted topics are the tables. */
public final class Topics {
    /** Enough partitions to spread feeds and profiles over a handful of instances of each service. */
    public static final int DEFAULT_PARTITIONS = 6;

    private static final Serde<String> KEY = Serdes.String();

    /** The feed registry, keyed by mentor id; ingest instances share feeds by the partitions of this topic. */
    public static final Topic<String, Mentor> MENTORS = new Topic<>("mentorfeed.mentors", KEY,
            new JsonSerde<>(Mentor.class), TopicSpec.compacted(DEFAULT_PARTITIONS));

    public static final Topic<String, Profile> PROFILES = new Topic<>("mentorfeed.profiles", KEY,
            new JsonSerde<>(Profile.class), TopicSpec.compacted(DEFAULT_PARTITIONS));

    /** Normalized entries, keyed by mentor id so one feed's entries stay in order. */
    public static final Topic<String, IngestedEntry> ENTRIES = new Topic<>("mentorfeed.entries", KEY,
            new JsonSerde<>(IngestedEntry.class), TopicSpec.retained(DEFAULT_PARTITIONS, Duration.ofDays(30)));

    public static final Topic<String, FeedState> FEED_STATE = new Topic<>("mentorfeed.feed-state", KEY,
            new JsonSerde<>(FeedState.class), TopicSpec.compacted(DEFAULT_PARTITIONS));

    /**
     * What ingest read in posts' comments feeds, keyed by mentor id: co-partitioned with {@link #ENTRIES}, so the
     * processor learns a mentor's reply habit in the same task as the mentor's posts. Retained, not compacted: the
     * key is the mentor, so compaction would keep one thread per mentor; the processor's store is the table.
     */
    public static final Topic<String, CommentThread> COMMENTS = new Topic<>("mentorfeed.comments", KEY,
            new JsonSerde<>(CommentThread.class), TopicSpec.retained(DEFAULT_PARTITIONS, Duration.ofDays(30)));

    public static final Topic<String, FetchOutcome> FETCH_LOG = new Topic<>("mentorfeed.fetch-log", KEY,
            new JsonSerde<>(FetchOutcome.class), TopicSpec.retained(DEFAULT_PARTITIONS, Duration.ofDays(7)));

    /** Deduped, tagged posts keyed by post id. */
    public static final Topic<String, Post> POSTS = new Topic<>("mentorfeed.posts", KEY,
            new JsonSerde<>(Post.class), TopicSpec.compacted(DEFAULT_PARTITIONS));

    /** Decisions keyed by "profileId/postId" ({@link Recommendation#key()}). */
    public static final Topic<String, Recommendation> RECOMMENDATIONS = new Topic<>("mentorfeed.recommendations", KEY,
            new JsonSerde<>(Recommendation.class), TopicSpec.compacted(DEFAULT_PARTITIONS));

    /** The reader's actions keyed by profile id; kept forever, they are the relationship history. */
    public static final Topic<String, Engagement> ENGAGEMENTS = new Topic<>("mentorfeed.engagements", KEY,
            new JsonSerde<>(Engagement.class), TopicSpec.retained(DEFAULT_PARTITIONS, null));

    /**
     * Daily digest emails claimed, keyed "profileId/localDate" ({@link SentDigest#key()}): written before the send,
     * so a digest is emailed at most once per reader and day across restarts and API instances.
     */
    public static final Topic<String, SentDigest> SENT_DIGESTS = new Topic<>("mentorfeed.sent-digests", KEY,
            new JsonSerde<>(SentDigest.class), TopicSpec.compacted(DEFAULT_PARTITIONS));

    /** Records no service could process: original bytes, reason in headers (see {@link DeadLetters}). */
    public static final Topic<byte[], byte[]> DEAD_LETTERS = new Topic<>("mentorfeed.dead-letters", Serdes.ByteArray(),
            Serdes.ByteArray(), TopicSpec.retained(3, Duration.ofDays(30)));

    /**
     * Operators' commands to the running services ({@link ControlCommand}), keyed by target. One partition: every
     * instance reads all of it, in the order it was written. Kept a day: a command is acted on when it is read.
     */
    public static final Topic<String, ControlCommand> CONTROL = new Topic<>("mentorfeed.control", KEY,
            new JsonSerde<>(ControlCommand.class), TopicSpec.retained(1, Duration.ofDays(1)));

    /**
     * The topics keyed by mentor, profile or post: co-partitioned (the processor joins entries with comments by
     * partition), so they share one partition count, {@link #DEFAULT_PARTITIONS} unless the operator sets another
     * before the topics are created. Control (one partition, read whole) and dead letters keep their own.
     */
    public static final List<Topic<?, ?>> KEYED = List.of(MENTORS, PROFILES, ENTRIES, FEED_STATE, FETCH_LOG, POSTS,
            RECOMMENDATIONS, ENGAGEMENTS, COMMENTS, SENT_DIGESTS);

    public static final List<Topic<?, ?>> ALL = List.of(MENTORS, PROFILES, ENTRIES, FEED_STATE, FETCH_LOG, POSTS,
            RECOMMENDATIONS, ENGAGEMENTS, DEAD_LETTERS, COMMENTS, SENT_DIGESTS, CONTROL);

    private Topics() {}
}
