package io.mentorfeed.app.kafka;

import java.util.Map;
import java.util.Properties;

/** The broker settings of a one-node KRaft cluster that is its own controller. */
final class BrokerProperties {
    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String CLIENT_LISTENER = "PLAINTEXT";

    private BrokerProperties() {}

    static Properties of(EmbeddedKafkaConfig config) {
        String host = config.host();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        // A static voter set (kraft.version 0) rather than the dynamic "standalone" quorum: with one node there is
        // nothing to reconfigure, and the voter's address stays in this config instead of being written into the
        // metadata log, so a later start with another controller port still finds its quorum.
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + config.controllerPort());
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", CLIENT_LISTENER + "://" + host + ":" + config.port()
                + "," + CONTROLLER_LISTENER + "://" + host + ":" + config.controllerPort());
        props.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + config.port());
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", config.dataDir().toAbsolutePath().toString());

        // One broker: nothing can have more than one replica.
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Internal topics are created on first use; few partitions keep that first use quick.
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("share.coordinator.state.topic.num.partitions", "3");
        // Nobody else is joining a group late on one machine: start rebalancing at once.
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created by TopicInstaller with their partitions and cleanup policy, never by a typo.
        props.put("auto.create.topics.enable", "false");
        // The broker is unfenced after a heartbeat; a shorter interval makes it ready sooner, still cheap locally.
        props.put("broker.heartbeat.interval.ms", "500");

        for (Map.Entry<String, String> override : config.extra().entrySet()) {
            props.put(override.getKey(), override.getValue());
        }
        return props;
    }
}
