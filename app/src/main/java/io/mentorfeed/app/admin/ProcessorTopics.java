package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.MentorfeedTopology;
import io.mentorfeed.processor.ProcessorConfig;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyDescription;

/**
 * The topics of the processor's topology, read from the topology itself: its mentorfeed inputs, and the exact names
 * of the internal topics Kafka Streams makes for it. Exact names, not a name prefix: with application ids
 * "mentorfeed-processor" and "mentorfeed-processor-v2" on one cluster, every topic of the second starts with
 * "mentorfeed-processor-", and a reset of the first must not delete them.
 *
 * @param inputs   the mentorfeed topics the processor reads through its group (global tables are not: they are
 *                 read whole at every start and have no committed offsets)
 * @param internal the repartition topics and the local stores' changelogs, with the application id in front
 */
record ProcessorTopics(Set<String> inputs, Set<String> internal) {
    private static final String REPARTITION = "-repartition";

    ProcessorTopics {
        inputs = Collections.unmodifiableSet(new TreeSet<>(inputs));
        internal = Collections.unmodifiableSet(new TreeSet<>(internal));
    }

    static ProcessorTopics of(ProcessorConfig config) {
        TopologyDescription topology = MentorfeedTopology.build(config).describe();
        Set<String> ours = Topics.ALL.stream().map(t -> t.name()).collect(Collectors.toSet());
        Set<String> inputs = new TreeSet<>();
        Set<String> internal = new TreeSet<>();
        String prefix = config.applicationId() + "-";
        for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    source.topicSet().stream().filter(ours::contains).forEach(inputs::add);
                    // The description names a repartition topic without the application id, which only the
                    // running instance adds ("candidates-by-profile-repartition").
                    source.topicSet().stream().filter(t -> !ours.contains(t) && t.endsWith(REPARTITION))
                            .forEach(t -> internal.add(prefix + t));
                }
                if (node instanceof TopologyDescription.Processor processor) {
                    // Global stores are not here (they have no changelog: their topic is one). A local store
                    // with logging disabled would have no changelog either: it is simply never found on the
                    // cluster.
                    processor.stores().forEach(store -> internal.add(prefix + store + "-changelog"));
                }
            }
        }
        return new ProcessorTopics(inputs, internal);
    }

    /** The internal topics that exist on the cluster now, sorted: only those can be deleted. */
    List<String> existingInternal(Collection<String> clusterTopics) {
        return clusterTopics.stream().filter(internal::contains).sorted().toList();
    }
}
