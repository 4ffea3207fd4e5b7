package io.mentorfeed.testkit;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** One combined KRaft broker+controller in this JVM, from Kafka's own test kit; no Docker needed. */
final class InProcessKafkaCluster implements KafkaCluster {
    private final KafkaClusterTestKit cluster;

    private InProcessKafkaCluster(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static InProcessKafkaCluster start() {
        KafkaClusterTestKit cluster = null;
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    // A single broker: internal topics cannot ask for more replicas, and small ones start faster.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "3")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InProcessKafkaCluster(cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the in-process Kafka cluster", e);
        } catch (Exception e) {
            closeQuietly(cluster);
            throw new IllegalStateException("cannot start the in-process Kafka cluster: " + e.getMessage(), e);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public String description() {
        return "in-process KRaft (Kafka test kit)";
    }

    @Override
    public void close() {
        closeQuietly(cluster);
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (Exception e) {
            System.err.println("testkit: error while stopping the in-process Kafka cluster: " + e);
        }
    }
}
