package io.mentorfeed.app.kafka;

import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates mentorfeed's topics as their specs say, and only the missing ones: existing topics are never changed
 * (their data is the truth), but one that drifted from its spec is reported. Safe to run at every start.
 */
public final class TopicInstaller {
    private static final Logger log = LoggerFactory.getLogger(TopicInstaller.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final short replicationFactor;
    private final TopicLayout layout;
    private final Duration timeout;

    public TopicInstaller(Admin admin, int replicationFactor, Duration timeout) {
        this(admin, replicationFactor, Topics.DEFAULT_PARTITIONS, timeout);
    }

    /** @param keyedPartitions the partition count of the keyed topics ({@link Topics#KEYED}) */
    public TopicInstaller(Admin admin, int replicationFactor, int keyedPartitions, Duration timeout) {
        if (admin == null) {
            throw new IllegalArgumentException("admin must be set");
        }
        if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
            throw new IllegalArgumentException("replicationFactor must be at least 1, not " + replicationFactor);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        this.admin = admin;
        this.replicationFactor = (short) replicationFactor;
        this.layout = new TopicLayout(keyedPartitions);
        this.timeout = timeout;
    }

    /** One broker: replication factor 1, 30 s to answer. */
    public TopicInstaller(Admin admin) {
        this(admin, 1, DEFAULT_TIMEOUT);
    }

    public TopicInstallSummary install(Collection<? extends Topic<?, ?>> topics) {
        AdminDeadline deadline = new AdminDeadline(timeout);
        Set<String> present = deadline.await(
                admin.listTopics(new ListTopicsOptions().timeoutMs(deadline.remainingMs())).names(), "listing topics");

        List<Topic<?, ?>> all = List.copyOf(topics);
        List<Topic<?, ?>> missing = all.stream().filter(t -> !present.contains(t.name())).toList();
        List<Topic<?, ?>> found = new ArrayList<>(all.stream().filter(t -> present.contains(t.name())).toList());
        List<String> created = create(missing, deadline);
        missing.stream().filter(t -> !created.contains(t.name())).forEach(found::add);
        List<String> drifted = checkDrift(found, deadline);

        List<String> existing = found.stream().map(Topic::name).toList();
        log.info("topics installed created={} existing={} drifted={} replicationFactor={}", created.size(),
                existing.size(), drifted.size(), replicationFactor);
        return new TopicInstallSummary(created, existing, drifted);
    }

    /** The names of the topics this call created; the others were created meanwhile by someone else. */
    private List<String> create(List<Topic<?, ?>> topics, AdminDeadline deadline) {
        if (topics.isEmpty()) {
            return List.of();
        }
        List<NewTopic> newTopics = topics.stream()
                .map(t -> new NewTopic(t.name(), layout.spec(t).partitions(), replicationFactor)
                        .configs(t.spec().configs()))
                .toList();
        Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics,
                new CreateTopicsOptions().timeoutMs(deadline.remainingMs())).values();
        List<String> created = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            try {
                deadline.await(results.get(topic.name()), "creating topic " + topic.name());
                created.add(topic.name());
                log.info("topic created topic={} partitions={} replicationFactor={} configs={}", topic.name(),
                        layout.spec(topic).partitions(), replicationFactor, topic.spec().configs());
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    private List<String> checkDrift(List<Topic<?, ?>> topics, AdminDeadline deadline) {
        if (topics.isEmpty()) {
            return List.of();
        }
        List<String> names = topics.stream().map(Topic::name).toList();
        Map<String, TopicDescription> descriptions = deadline.retrying(() -> admin.describeTopics(names,
                new DescribeTopicsOptions().timeoutMs(deadline.remainingMs())).allTopicNames(),
                "describing topics");
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = deadline.retrying(() -> admin.describeConfigs(resources,
                new DescribeConfigsOptions().timeoutMs(deadline.remainingMs())).all(),
                "describing topic configs");

        List<String> drifted = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            var policy = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
                    .get(TopicDrift.CLEANUP_POLICY);
            TopicDrift drift = TopicDrift.of(topic.name(), layout.spec(topic),
                    descriptions.get(topic.name()).partitions().size(), policy == null ? null : policy.value());
            if (drift.drifted()) {
                drifted.add(topic.name());
                log.warn("topic differs from its spec, left unchanged topic={} differences=\"{}\"", topic.name(),
                        String.join("; ", drift.differences()));
            }
        }
        return drifted;
    }
}
