package io.mentorfeed.reliability;

import java.nio.file.Path;
import java.util.Properties;

/**
 * One combined broker+controller of the fault suite's cluster. Ports and log dir stay the same across restarts, as
 * on a machine whose process died: the node comes back as itself, with its data.
 */
record KraftNodeConfig(int nodeId, int clientPort, int controllerPort, Path logDir) {
    static final String HOST = "127.0.0.1";

    static KraftNodeConfig withFreePorts(int nodeId, Path logDir) {
        return new KraftNodeConfig(nodeId, FreePort.next(), FreePort.next(), logDir);
    }

    String clientAddress() {
        return HOST + ":" + clientPort;
    }

    String voter() {
        return nodeId + "@" + HOST + ":" + controllerPort;
    }

    /** @param voters every node's {@link #voter()}, comma-separated: a static three-voter quorum */
    Properties properties(String voters) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(nodeId));
        props.put("controller.quorum.voters", voters);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listeners", "PLAINTEXT://" + clientAddress() + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + clientAddress());
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());

        // The issue's durability settings: three copies of everything, a write needs two of them.
        props.put("default.replication.factor", "3");
        props.put("min.insync.replicas", "2");
        props.put("offsets.topic.replication.factor", "3");
        props.put("transaction.state.log.replication.factor", "3");
        props.put("transaction.state.log.min.isr", "2");
        props.put("share.coordinator.state.topic.replication.factor", "3");
        props.put("share.coordinator.state.topic.min.isr", "2");
        props.put("unclean.leader.election.enable", "false");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.num.partitions", "6");
        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");

        // A dead node is fenced, and so leaves every ISR, 3 s after its last heartbeat (default 9 s); an abandoned
        // transaction is found within 1 s of its timeout (default 10 s). Both only shorten the test's waits.
        props.put("broker.heartbeat.interval.ms", "500");
        props.put("broker.session.timeout.ms", "3000");
        props.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        return props;
    }
}
