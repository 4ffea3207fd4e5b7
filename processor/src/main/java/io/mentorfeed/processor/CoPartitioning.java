package io.mentorfeed.processor;

import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-profile state must be co-partitioned with mentorfeed.engagements: the topic as it was created
 * (kafka.partitions at set-up, or by hand) decides how many partitions the candidates are repartitioned into,
 * whatever {@link ProcessorConfig#profilePartitions()} says.
 */
final class CoPartitioning {
    private static final Logger log = LoggerFactory.getLogger(CoPartitioning.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private CoPartitioning() {}

    static ProcessorConfig withEngagements(ProcessorConfig config, Map<String, Object> kafkaProperties) {
        int partitions = engagementPartitions(kafkaProperties);
        if (partitions == config.profilePartitions()) {
            return config;
        }
        log.info("processor profile partitions follow the engagements topic configured={} topic={} partitions={}",
                config.profilePartitions(), Topics.ENGAGEMENTS.name(), partitions);
        return config.withProfilePartitions(partitions);
    }

    private static int engagementPartitions(Map<String, Object> kafkaProperties) {
        String topic = Topics.ENGAGEMENTS.name();
        try (Admin admin = Admin.create(kafkaProperties)) {
            return admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the partitions of " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot read the partitions of " + topic + " within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the partitions of " + topic, e);
        }
    }
}
