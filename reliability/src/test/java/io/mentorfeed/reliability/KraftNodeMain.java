package io.mentorfeed.reliability;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * One node of the fault suite's cluster, alone in its JVM: {@code KraftNodeMain <server.properties> <clusterId>
 * <parentPid>}. Formats its log dir on first start (as kafka-storage.sh format does), reuses it on every restart,
 * and runs until it is killed. It halts when the test JVM is gone, so that no broker outlives a crashed build.
 */
public final class KraftNodeMain {
    private KraftNodeMain() {}

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            props.load(in);
        }
        String clusterId = args[1];
        ProcessHandle.of(Long.parseLong(args[2])).ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));

        formatIfNeeded(props, clusterId);
        var server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        System.out.println("kraft node started nodeId=" + props.getProperty("node.id") + " clusterId=" + clusterId);
        new CountDownLatch(1).await();
    }

    private static void formatIfNeeded(Properties props, String clusterId) throws Exception {
        String dir = props.getProperty("log.dirs");
        if (Files.exists(Path.of(dir, "meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(Integer.parseInt(props.getProperty("node.id")))
                .setClusterId(clusterId)
                .setControllerListenerName(props.getProperty("controller.listener.names"))
                .addDirectory(dir)
                .setMetadataLogDirectory(dir)
                .run();
    }
}
