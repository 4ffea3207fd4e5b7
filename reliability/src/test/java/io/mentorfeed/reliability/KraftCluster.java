package io.mentorfeed.reliability;

import static org.awaitility.Awaitility.await;

import io.mentorfeed.testkit.KafkaCluster;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Uuid;

/**
 * A KRaft cluster of combined broker+controller nodes on this machine, each in its own JVM ({@link KraftNodeMain}),
 * so that {@link #kill} is a real SIGKILL and {@link #restart} brings the node back on the same log dir and ports,
 * where it recovers its logs as after a crash. Three nodes are three voters: one may be down at a time.
 */
final class KraftCluster implements KafkaCluster {
    private static final List<String> JVM_OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String clusterId = Uuid.randomUuid().toString();
    private final List<KraftNodeConfig> nodes = new ArrayList<>();
    private final List<ChildJvm> running = new ArrayList<>();
    private final Path dir;

    private KraftCluster(Path dir) {
        this.dir = dir;
    }

    static KraftCluster start(int size, Path dir) {
        var cluster = new KraftCluster(dir);
        for (int i = 0; i < size; i++) {
            cluster.nodes.add(KraftNodeConfig.withFreePorts(i + 1, dir.resolve("node-" + (i + 1))));
            cluster.running.add(null);
        }
        for (int i = 0; i < size; i++) {
            cluster.restart(i);
        }
        try {
            await("all nodes of the cluster answer").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> cluster.liveNodeCount() == size);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    int size() {
        return nodes.size();
    }

    String nodeName(int index) {
        return "broker-" + nodes.get(index).nodeId();
    }

    /** Starts node {@code index} (again): its properties are written anew, its data is what it left. */
    void restart(int index) {
        KraftNodeConfig node = nodes.get(index);
        String voters = nodes.stream().map(KraftNodeConfig::voter).collect(Collectors.joining(","));
        Path properties = dir.resolve(nodeName(index) + ".properties");
        try (OutputStream out = Files.newOutputStream(properties)) {
            node.properties(voters).store(out, "fault suite node " + node.nodeId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running.set(index, ChildJvm.start(nodeName(index), JVM_OPTIONS, KraftNodeMain.class,
                List.of(properties.toString(), clusterId, Long.toString(ProcessHandle.current().pid())),
                Map.of(), dir.resolve(nodeName(index) + ".log")));
    }

    void kill(int index) {
        running.get(index).kill();
    }

    /**
     * Healthy enough to lose a node: every node is back, and every partition of every topic, internal ones
     * included, has all its replicas in sync again. Killing a node earlier could take a partition below
     * min.insync.replicas, which stops writes: safe, but no longer the fault this suite injects.
     */
    boolean isFullyReplicated() {
        if (running.stream().anyMatch(jvm -> !jvm.isAlive())) {
            return false;
        }
        try (Admin admin = admin()) {
            var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(10, TimeUnit.SECONDS);
            return admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(p -> p.isr().size() == p.replicas().size());
        } catch (Exception e) {
            return false; // a node that is still starting may refuse; asked again later
        }
    }

    private int liveNodeCount() {
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
        } catch (Exception e) {
            return 0;
        }
    }

    @Override
    public String bootstrapServers() {
        return nodes.stream().map(KraftNodeConfig::clientAddress).collect(Collectors.joining(","));
    }

    @Override
    public String description() {
        return nodes.size() + " KRaft nodes, one JVM each (combined broker+controller)";
    }

    @Override
    public void close() {
        running.stream().filter(jvm -> jvm != null && jvm.isAlive()).forEach(ChildJvm::kill);
    }
}
