package io.mentorfeed.processor;

import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.JsonSerde;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.mentors.CommentHabitsLearner;
import io.mentorfeed.processor.mentors.MentorHabits;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.mentorfeed.processor.posts.PostBuilder;
import io.mentorfeed.processor.posts.PostFactory;
import io.mentorfeed.processor.posts.PostSeen;
import io.mentorfeed.processor.posts.RecentParagraphs;
import io.mentorfeed.processor.posts.TextExtractor;
import io.mentorfeed.processor.recommend.Candidate;
import io.mentorfeed.processor.recommend.FollowerFanout;
import io.mentorfeed.processor.recommend.InterestMatcher;
import io.mentorfeed.processor.recommend.RecommendationPolicy;
import io.mentorfeed.processor.relationship.OpenDecision;
import io.mentorfeed.processor.relationship.ProfileDecider;
import io.mentorfeed.processor.relationship.ProfileEvent;
import io.mentorfeed.processor.relationship.ProfileHistory;
import io.mentorfeed.processor.signals.SignalDetectors;
import io.mentorfeed.processor.tables.DirectoryRow;
import io.mentorfeed.processor.tables.GlobalTableLoader;
import io.mentorfeed.processor.tables.ProfileDirectoryLoader;
import io.mentorfeed.processor.tags.LanguageDetector;
import io.mentorfeed.processor.tags.Stemmer;
import io.mentorfeed.processor.tags.TopicTagger;
import io.micrometer.core.instrument.Counter;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The processor's topology, built without any connection so tests and the service share it:
 * <pre>
 *   mentors --> global store; profiles --> global profile directory (profiles + mentor -> followers index)
 *   entries (by mentor) --> PostBuilder (dedupe, mentor habits, feed boilerplate) --> posts (by post id)
 *   comments (by mentor) --> CommentHabitsLearner (reply habit into the same mentor-habits store)
 *                                 \--> FollowerFanout --> candidates-by-profile (repartition, by profile id)
 *   candidates-by-profile + engagements (both by profile id) --> ProfileDecider (decisions, histories)
 *                                                                   --> recommendations ("profile/post")
 * </pre>
 * See docs/processor.md for why the per-profile state is partitioned by profile id. Meters are an argument, not a
 * global: the topology stays a function of its inputs, and a test reads exactly the meters of its own run.
 */
public final class MentorfeedTopology {
    /** Store names are part of the changelog topic names: renaming one loses its state. */
    public static final String MENTORS_STORE = "mentors";
    /** Profiles and the mentor -> followers index (a new name: the old "profiles" store held profiles only). */
    public static final String DIRECTORY_STORE = "profile-directory";
    public static final String POST_DEDUPE_STORE = "post-dedupe";
    public static final String DECISIONS_STORE = "profile-decisions";
    /** When each open decision is due to be looked at again (see OpenDecisions). */
    public static final String DECISIONS_DUE_STORE = "profile-decisions-due";
    public static final String HISTORY_STORE = "profile-history";
    public static final String HABITS_STORE = "mentor-habits";
    public static final String BOILERPLATE_STORE = "feed-boilerplate";
    /** The repartition topic is named {@code <application id>-candidates-by-profile-repartition}. */
    public static final String CANDIDATES = "candidates-by-profile";

    private MentorfeedTopology() {}

    /** The topology with meters nobody reads. */
    public static Topology build(ProcessorConfig config) {
        return build(config, ProcessorMetrics.unobserved());
    }

    public static Topology build(ProcessorConfig config, ProcessorMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        addGlobalTable(builder, Topics.MENTORS, MENTORS_STORE, metrics);
        Counter profilesRead = metrics.recordsProcessed(Topics.PROFILES.name());
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DIRECTORY_STORE),
                        Serdes.String(), new JsonSerde<>(DirectoryRow.class)).withLoggingDisabled(),
                Topics.PROFILES.name(), consumed(Topics.PROFILES).withName(DIRECTORY_STORE + "-source"),
                () -> new ProfileDirectoryLoader(DIRECTORY_STORE, profilesRead));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POST_DEDUPE_STORE),
                Serdes.String(), new JsonSerde<>(PostSeen.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HABITS_STORE),
                Serdes.String(), new JsonSerde<>(MentorHabits.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BOILERPLATE_STORE),
                Serdes.String(), new JsonSerde<>(RecentParagraphs.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DECISIONS_STORE),
                Serdes.String(), new JsonSerde<>(OpenDecision.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DECISIONS_DUE_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
                Serdes.String(), new JsonSerde<>(ProfileHistory.class)));

        var stemmer = new Stemmer();
        var factory = new PostFactory(new TextExtractor(), SignalDetectors.standard(),
                new TopicTagger(stemmer, config.taxonomy()), new LanguageDetector(), config.wordsPerMinute());
        var interests = new InterestMatcher(stemmer);
        var policy = new RecommendationPolicy(config);

        KStream<String, IngestedEntry> entries = source(builder, Topics.ENTRIES, "entries", metrics);
        KStream<String, Post> posts = entries.process(
                () -> new PostBuilder(POST_DEDUPE_STORE, HABITS_STORE, BOILERPLATE_STORE, factory),
                Named.as("post-builder"), POST_DEDUPE_STORE, HABITS_STORE, BOILERPLATE_STORE);
        posts.to(Topics.POSTS.name(), produced(Topics.POSTS).withName("posts"));
        // Keyed by mentor id like the entries and sharing their habits store: the same sub-topology and task.
        source(builder, Topics.COMMENTS, "comments", metrics)
                .process(() -> new CommentHabitsLearner(HABITS_STORE, config.commentReplies().recentThreads()),
                        Named.as("comment-habits"), HABITS_STORE);

        KStream<String, ProfileEvent> candidates = posts
                .process(() -> new FollowerFanout(MENTORS_STORE, DIRECTORY_STORE, HABITS_STORE, interests),
                        Named.as("follower-fanout"), HABITS_STORE)
                .repartition(Repartitioned.<String, Candidate>as(CANDIDATES).withKeySerde(Serdes.String())
                        .withValueSerde(new JsonSerde<>(Candidate.class))
                        .withNumberOfPartitions(config.profilePartitions()))
                .mapValues(ProfileEvent::of, Named.as("candidate-event"));
        KStream<String, ProfileEvent> engagements = source(builder, Topics.ENGAGEMENTS, "engagements", metrics)
                .filter((profileId, engagement) -> engagement != null, Named.as("engagement-present"))
                .mapValues(ProfileEvent::of, Named.as("engagement-event"));
        candidates.merge(engagements, Named.as("profile-events"))
                .process(() -> new ProfileDecider(DECISIONS_STORE, DECISIONS_DUE_STORE, HISTORY_STORE, DIRECTORY_STORE,
                        policy, config.recheckEvery(), metrics), Named.as("profile-decider"),
                        DECISIONS_STORE, DECISIONS_DUE_STORE, HISTORY_STORE)
                .peek((key, recommendation) -> metrics.published(recommendation), Named.as("recommendations-count"))
                .to(Topics.RECOMMENDATIONS.name(), produced(Topics.RECOMMENDATIONS).withName("recommendations"));
        return builder.build();
    }

    /** An input topic, each record counted as processed once it could be read (unreadable ones are dead letters). */
    private static <V> KStream<String, V> source(StreamsBuilder builder, Topic<String, V> topic, String name,
                                                 ProcessorMetrics metrics) {
        Counter processed = metrics.recordsProcessed(topic.name());
        return builder.stream(topic.name(), consumed(topic).withName(name))
                .peek((key, value) -> processed.increment(), Named.as(name + "-count"));
    }

    /** A global store is filled from its topic directly, which is its changelog: no logging of its own. */
    private static <V> void addGlobalTable(StreamsBuilder builder, Topic<String, V> topic, String storeName,
                                           ProcessorMetrics metrics) {
        Counter processed = metrics.recordsProcessed(topic.name());
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), topic.keySerde(),
                        topic.valueSerde()).withLoggingDisabled(),
                topic.name(), consumed(topic).withName(storeName + "-source"),
                () -> new GlobalTableLoader<V>(storeName, processed));
    }

    private static <K, V> Consumed<K, V> consumed(Topic<K, V> topic) {
        return Consumed.with(topic.keySerde(), topic.valueSerde());
    }

    private static <K, V> Produced<K, V> produced(Topic<K, V> topic) {
        return Produced.with(topic.keySerde(), topic.valueSerde());
    }
}
