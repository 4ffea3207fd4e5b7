package io.mentorfeed.bench.ingest;

import io.mentorfeed.app.kafka.EmbeddedKafkaBroker;
import io.mentorfeed.app.kafka.EmbeddedKafkaConfig;
import io.mentorfeed.app.kafka.TopicInstaller;
import io.mentorfeed.model.Topics;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;

/**
 * The Kafka broker of bench/run's polling rows, a process of its own so that the ingest process is measured alone:
 * an embedded KRaft broker with mentorfeed's topics and N mentors following {@code URL_PREFIX + n + ".xml"}.
 * Arguments: DATA_DIR FEEDS URL_PREFIX. Prints {@code broker bootstrap=HOST:PORT} when seeded, then runs until killed.
 */
public final class PollingBroker {
    private PollingBroker() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int feeds = Integer.parseInt(args[1]);
        String urlPrefix = args[2];
        var config = new EmbeddedKafkaConfig(data, "127.0.0.1", freePort(), freePort(), Map.of());
        try (var broker = EmbeddedKafkaBroker.start(config)) {
            Map<String, Object> kafka = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                new TopicInstaller(admin).install(Topics.ALL);
            }
            MentorSeeder.seed(kafka, feeds, n -> urlPrefix + n + ".xml");
            System.out.println("broker bootstrap=" + broker.bootstrapServers());
            new CountDownLatch(1).await();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
