package io.mentorfeed.app.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's data dir, formatted once as kafka-storage.sh format does: a new cluster id and the bootstrap
 * metadata are written on first start; later starts find meta.properties and reuse everything.
 */
final class KraftStorage {
    private static final Logger log = LoggerFactory.getLogger(KraftStorage.class);
    static final String META_PROPERTIES = "meta.properties";

    private KraftStorage() {}

    /** The cluster the data dir belongs to, and whether this start created it. */
    record Storage(String clusterId, boolean newlyFormatted) {}

    /** Formats the dir if it never was. */
    static Storage formatIfNeeded(Path dataDir) {
        Path meta = dataDir.resolve(META_PROPERTIES);
        if (Files.exists(meta)) {
            return new Storage(clusterId(meta), false);
        }
        String clusterId = Uuid.randomUuid().toString();
        String dir = dataDir.toAbsolutePath().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(BrokerProperties.NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .addDirectory(dir)
                    .setMetadataLogDirectory(dir)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka data dir " + dir + ": " + e.getMessage(), e);
        }
        // The formatter also prints every bootstrap record; the metadata version is the line worth keeping.
        String metadataVersion = output.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("with metadata.version "))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1).replaceAll("\\.$", ""))
                .findFirst().orElse("unknown");
        log.info("kafka storage formatted dataDir={} clusterId={} metadataVersion={}", dir, clusterId, metadataVersion);
        return new Storage(clusterId, true);
    }

    private static String clusterId(Path meta) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + meta.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        String clusterId = props.getProperty("cluster.id");
        if (clusterId == null || clusterId.isBlank()) {
            throw new IllegalStateException(meta.toAbsolutePath() + " has no cluster.id: the Kafka data dir is"
                    + " damaged; move it away to start with an empty one");
        }
        return clusterId;
    }
}
