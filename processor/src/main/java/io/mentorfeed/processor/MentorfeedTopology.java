package io.mentorfeed.processor;

import io.mentorfeed.model.JsonSerde;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.posts.PostBuilder;
import io.mentorfeed.processor.posts.PostFactory;
import io.mentorfeed.processor.posts.PostSeen;
import io.mentorfeed.processor.posts.TextExtractor;
import io.mentorfeed.processor.recommend.InterestMatcher;
import io.mentorfeed.processor.recommend.RecommendationPolicy;
import io.mentorfeed.processor.recommend.Recommender;
import io.mentorfeed.processor.signals.SignalDetectors;
import io.mentorfeed.processor.tables.GlobalTableLoader;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The processor's topology, built without any connection so tests and the service share it:
 * <pre>
 *   mentors, profiles --> global stores (every task sees every mentor and profile)
 *   entries --> PostBuilder (dedupe store) --> posts
 *                      \--> Recommender (reads the global stores) --> recommendations
 * </pre>
 */
public final class MentorfeedTopology {
    /** Store names are part of the changelog topic names: renaming one loses its state. */
    public static final String MENTORS_STORE = "mentors";
    public static final String PROFILES_STORE = "profiles";
    public static final String POST_DEDUPE_STORE = "post-dedupe";

    private MentorfeedTopology() {}

    public static Topology build(ProcessorConfig config) {
        Topology topology = new Topology();
        addGlobalTable(topology, Topics.MENTORS, MENTORS_STORE);
        addGlobalTable(topology, Topics.PROFILES, PROFILES_STORE);

        var factory = new PostFactory(new TextExtractor(), SignalDetectors.standard(), config.wordsPerMinute());
        var policy = new RecommendationPolicy(config, new InterestMatcher());

        topology.addSource("entries", Topics.ENTRIES.keySerde().deserializer(),
                Topics.ENTRIES.valueSerde().deserializer(), Topics.ENTRIES.name());
        topology.addProcessor("post-builder", () -> new PostBuilder(POST_DEDUPE_STORE, factory), "entries");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POST_DEDUPE_STORE),
                Serdes.String(), new JsonSerde<>(PostSeen.class)), "post-builder");
        topology.addSink("posts", Topics.POSTS.name(), Topics.POSTS.keySerde().serializer(),
                Topics.POSTS.valueSerde().serializer(), "post-builder");
        topology.addProcessor("recommender", () -> new Recommender(MENTORS_STORE, PROFILES_STORE, policy),
                "post-builder");
        topology.addSink("recommendations", Topics.RECOMMENDATIONS.name(),
                Topics.RECOMMENDATIONS.keySerde().serializer(), Topics.RECOMMENDATIONS.valueSerde().serializer(),
                "recommender");
        return topology;
    }

    /** A global store is filled from its topic directly, which is its changelog: no logging of its own. */
    private static <V> void addGlobalTable(Topology topology, Topic<String, V> topic, String storeName) {
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), topic.keySerde(),
                        topic.valueSerde()).withLoggingDisabled(),
                storeName + "-source", topic.keySerde().deserializer(), topic.valueSerde().deserializer(),
                topic.name(), storeName + "-loader", () -> new GlobalTableLoader<V>(storeName));
    }
}
