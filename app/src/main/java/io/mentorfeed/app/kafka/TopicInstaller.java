package io.mentorfeed.app.kafka;

import io.mentorfeed.model.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final Duration timeout;

    public TopicInstaller(Admin admin, int replicationFactor, Duration timeout) {
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
        this.timeout = timeout;
    }

    /** One broker: replication factor 1, 30 s to answer. */
    public TopicInstaller(Admin admin) {
        this(admin, 1, DEFAULT_TIMEOUT);
    }

    public TopicInstallSummary install(Collection<? extends Topic<?, ?>> topics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> present = await(admin.listTopics(new ListTopicsOptions().timeoutMs(remainingMs(deadline)))
                .names(), "listing topics", deadline);

        List<Topic<?, ?>> all = List.copyOf(topics);
        List<Topic<?, ?>> missing = all.stream().filter(t -> !present.contains(t.name())).toList();
        List<Topic<?, ?>> found = new ArrayList<>(all.stream().filter(t -> present.contains(t.name())).toList());
        List<String> created = new ArrayList<>();
        for (Topic<?, ?> topic : missing) {
            if (create(topic, deadline)) {
                created.add(topic.name());
            } else {
                found.add(topic);
            }
        }
        List<String> drifted = checkDrift(found, deadline);

        List<String> existing = found.stream().map(Topic::name).toList();
        log.info("topics installed created={} existing={} drifted={} replicationFactor={}", created.size(),
                existing.size(), drifted.size(), replicationFactor);
        return new TopicInstallSummary(created, existing, drifted);
    }

    /** True if this call created it; false if someone else did meanwhile (another instance starting too). */
    private boolean create(Topic<?, ?> topic, long deadline) {
        NewTopic newTopic = new NewTopic(topic.name(), topic.spec().partitions(), replicationFactor)
                .configs(topic.spec().configs());
        KafkaFuture<Void> result = admin.createTopics(List.of(newTopic),
                new CreateTopicsOptions().timeoutMs(remainingMs(deadline))).values().get(topic.name());
        try {
            await(result, "creating topic " + topic.name(), deadline);
            log.info("topic created topic={} partitions={} replicationFactor={} configs={}", topic.name(),
                    topic.spec().partitions(), replicationFactor, topic.spec().configs());
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    private List<String> checkDrift(List<Topic<?, ?>> topics, long deadline) {
        if (topics.isEmpty()) {
            return List.of();
        }
        List<String> names = topics.stream().map(Topic::name).toList();
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(names,
                new DescribeTopicsOptions().timeoutMs(remainingMs(deadline))).allTopicNames(),
                "describing topics", deadline);
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources,
                new DescribeConfigsOptions().timeoutMs(remainingMs(deadline))).all(),
                "describing topic configs", deadline);

        List<String> drifted = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            var policy = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
                    .get(TopicDrift.CLEANUP_POLICY);
            TopicDrift drift = TopicDrift.of(topic.name(), topic.spec(),
                    descriptions.get(topic.name()).partitions().size(), policy == null ? null : policy.value());
            if (drift.drifted()) {
                drifted.add(topic.name());
                log.warn("topic differs from its spec, left unchanged topic={} differences=\"{}\"", topic.name(),
                        String.join("; ", drift.differences()));
            }
        }
        return drifted;
    }

    private <T> T await(KafkaFuture<T> future, String what, long deadline) {
        try {
            return future.get(remainingMs(deadline), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (TimeoutException | org.apache.kafka.common.errors.TimeoutException e) {
            throw timedOut(what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw timedOut(what, e.getCause());
            }
            throw new IllegalStateException("Kafka refused " + what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private IllegalStateException timedOut(String what, Throwable cause) {
        return new IllegalStateException("Kafka did not answer within " + timeout.toSeconds() + " s while " + what
                + ": check that the cluster is up and that the bootstrap servers point at it", cause);
    }

    private static int remainingMs(long deadline) {
        long ms = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
    }
}
