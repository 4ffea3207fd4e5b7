package io.mentorfeed.bench.ingest;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import com.sun.management.OperatingSystemMXBean;
import io.mentorfeed.app.kafka.EmbeddedKafkaBroker;
import io.mentorfeed.app.kafka.EmbeddedKafkaConfig;
import io.mentorfeed.app.kafka.TopicInstaller;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.IngestService;
import io.mentorfeed.model.Topics;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * One ingest instance polling N feeds (default 10,000) on a local server in this JVM, on an embedded Kafka broker:
 * the first round (every feed a 200) and then steady polling (80% 304, 20% a new item), as polls per second and
 * CPU; then, in the same run, the sequential rss2email-like baseline on the same server.
 * Arguments: [feeds] [steadySeconds] [baselineSeconds] [fetchThreads].
 */
public final class PollLoadRun {
    private PollLoadRun() {}

    public static void main(String[] args) throws Exception {
        int feeds = Integer.parseInt(arg(args, 0, "10000"));
        int steadySeconds = Integer.parseInt(arg(args, 1, "30"));
        int baselineSeconds = Integer.parseInt(arg(args, 2, "15"));
        int fetchThreads = Integer.parseInt(arg(args, 3, "64"));
        Path data = Files.createTempDirectory("mentorfeed-load");
        var brokerConfig = new EmbeddedKafkaConfig(data, "127.0.0.1", freePort(), freePort(), Map.of());
        try (var broker = EmbeddedKafkaBroker.start(brokerConfig);
             var server = new LoadFeedServer(feeds, 0.2, 4)) {
            Map<String, Object> kafka = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                new TopicInstaller(admin).install(Topics.ALL);
            }
            MentorSeeder.seed(kafka, feeds, server::url);
            Duration interval = Duration.ofSeconds(1);
            var config = IngestConfig.builder().groupId("load-run").pollInterval(interval).maxPollInterval(interval)
                    .minPollInterval(interval).initialPollSpread(Duration.ofSeconds(2))
                    .connectTimeout(Duration.ofSeconds(5)).maxConcurrentFetches(fetchThreads)
                    .maxConcurrentPerHost(fetchThreads).withoutComments().fullText(FullTextConfig.off())
                    .allowPrivateAddresses(true).build();
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            try (var ingest = new IngestService(config, kafka)) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                ingest.start();
                while (server.mix.firstFetches.sum() < feeds) {
                    Thread.sleep(50);
                }
                double firstSeconds = (System.nanoTime() - t0) / 1e9;
                double firstCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                report("first round (all 200)", feeds, firstSeconds, firstCpu);

                long requests0 = server.requests();
                long full0 = server.mix.full.sum();
                long cpu1 = os.getProcessCpuTime();
                long t1 = System.nanoTime();
                Thread.sleep(steadySeconds * 1000L);
                long polls = server.requests() - requests0;
                double seconds = (System.nanoTime() - t1) / 1e9;
                double share = 100.0 * (polls - (server.mix.full.sum() - full0)) / Math.max(1, polls);
                report(String.format(Locale.ROOT, "steady (%.0f%% 304)", share), polls, seconds,
                        (os.getProcessCpuTime() - cpu1) / 1e9);
                ingest.stop();
                double ours = polls / seconds;
                double baseline = SequentialPoller.pollsPerSecond(feeds, server::url,
                        Duration.ofSeconds(baselineSeconds));
                System.out.printf(Locale.ROOT, "baseline sequential poller (rss2email-like) pollsPerSecond=%.1f%n",
                        baseline);
                System.out.printf(Locale.ROOT, "ratio ours/baseline=%.1fx (same run); vs FIGURES.md rss2email "
                        + "later round 100.5/s: %.1fx, newsboat 19.5/s: %.1fx; first round vs rss2email 12.5/s: "
                        + "%.1fx, newsboat 32.5/s: %.1fx (other run, same machine kind)%n", ours / baseline,
                        ours / 100.5, ours / 19.5, feeds / firstSeconds / 12.5, feeds / firstSeconds / 32.5);
            }
        }
    }

    private static void report(String label, long polls, double seconds, double cpuSeconds) {
        System.out.printf(Locale.ROOT, "%-24s polls=%d wallSeconds=%.1f pollsPerSecond=%.0f cpuSeconds=%.1f "
                + "coresBusy=%.2f (whole JVM: ingest + broker + feed server)%n", label, polls, seconds,
                polls / seconds, cpuSeconds, cpuSeconds / seconds);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
