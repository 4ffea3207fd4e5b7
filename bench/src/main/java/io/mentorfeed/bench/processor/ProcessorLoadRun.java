package io.mentorfeed.bench.processor;

import io.mentorfeed.app.kafka.EmbeddedKafkaBroker;
import io.mentorfeed.app.kafka.EmbeddedKafkaConfig;
import io.mentorfeed.app.kafka.TopicInstaller;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.ProcessorConfig;
import io.mentorfeed.processor.ProcessorService;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The processor on an embedded broker, exactly-once, in one run:
 * <ol>
 *   <li>throughput: N entries already in mentorfeed.entries, the time from the processor RUNNING to every
 *       recommendation readable (read_committed), as entries/s; then the ceiling, an exactly-once pass-through loop
 *       over the same entries on the same broker, and the ratio;</li>
 *   <li>latency: entries produced at a steady rate, from send to the post's first recommendation readable, p50/p99.</li>
 * </ol>
 * Arguments: [entries=20000] [latencySeconds=30] [ratePerSecond=100] [commitIntervalMs=the default, 100]
 * [streamThreads=the processor's default].
 */
public final class ProcessorLoadRun {
    private ProcessorLoadRun() {}

    public static void main(String[] args) throws Exception {
        int entries = Integer.parseInt(args.length > 0 ? args[0] : "20000");
        int latencySeconds = Integer.parseInt(args.length > 1 ? args[1] : "30");
        int rate = Integer.parseInt(args.length > 2 ? args[2] : "100");
        var d = ProcessorConfig.defaults();
        Duration commitInterval = args.length > 3 ? Duration.ofMillis(Long.parseLong(args[3])) : d.commitInterval();
        Path data = Files.createTempDirectory("mentorfeed-processor-load");
        var brokerConfig = new EmbeddedKafkaConfig(data.resolve("kafka"), "127.0.0.1", freePort(), freePort(), Map.of());
        try (var broker = EmbeddedKafkaBroker.start(brokerConfig)) {
            Map<String, Object> kafka = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                new TopicInstaller(admin).install(Topics.ALL);
                admin.createTopics(List.of(new NewTopic(PassThroughLoop.SCRATCH, Topics.DEFAULT_PARTITIONS,
                        (short) 1))).all().get();
            }
            BenchEntries.seed(kafka);
            Map<String, Object> producerProps = new HashMap<>(kafka);
            producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            try (var producer = new KafkaProducer<>(producerProps, Topics.ENTRIES.keySerde().serializer(),
                    Topics.ENTRIES.valueSerde().serializer());
                 var watcher = new RecommendationWatcher(kafka)) {
                Instant now = Instant.now();
                for (long n = 0; n < entries; n++) {
                    producer.send(BenchEntries.entry("t", n, now));
                }
                producer.flush();

                double ceilingSeconds = PassThroughLoop.run(kafka, entries);
                var config = new ProcessorConfig(d.applicationId(), data.resolve("streams"), 0, commitInterval,
                        d.blogWindow(), d.newsletterWindow(), d.podcastWindow(), d.videoWindow(), d.bestWithin(),
                        d.wordsPerMinute(), d.closeTimeout(), d.recheckEvery(), d.profilePartitions(),
                        d.relationships(), d.taxonomy());
                System.out.printf(Locale.ROOT, "processor commitInterval=%dms%n", commitInterval.toMillis());
                Map<String, Object> processorKafka = new HashMap<>(kafka);
                if (args.length > 4) {
                    processorKafka.put("num.stream.threads", Integer.parseInt(args[4]));
                }
                try (var processor = new ProcessorService(config, processorKafka)) {
                    processor.start();
                    while (!processor.isReady()) {
                        Thread.sleep(10);
                    }
                    long t0 = System.nanoTime();
                    long expected = (long) entries * BenchEntries.recommendationsPerEntry();
                    while (watcher.count.get() < expected) {
                        Thread.sleep(10);
                    }
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    report(entries, seconds, ceilingSeconds);
                    measureLatency(producer, watcher, latencySeconds, rate);
                }
            }
        }
    }

    private static void report(int entries, double seconds, double ceilingSeconds) {
        double eps = entries / seconds;
        double ceiling = entries / ceilingSeconds;
        System.out.printf(Locale.ROOT, "processor throughput entries=%d seconds=%.2f entriesPerSecond=%.0f "
                        + "recommendationsPerEntry=%d%n", entries, seconds, eps, BenchEntries.recommendationsPerEntry());
        System.out.printf(Locale.ROOT, "ceiling (exactly-once pass-through loop) seconds=%.2f entriesPerSecond=%.0f%n",
                ceilingSeconds, ceiling);
        System.out.printf(Locale.ROOT, "ratio processor/ceiling=%.2f%n", eps / ceiling);
    }

    /** Sends at a steady rate, one entry every 1/rate s, and reads when each post's first decision appeared. */
    private static void measureLatency(KafkaProducer<String, IngestedEntry> producer, RecommendationWatcher watcher,
                                       int seconds, int rate) throws InterruptedException {
        Map<String, Long> sentNanos = new HashMap<>();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long n = 0; n < (long) seconds * rate; n++) {
            long due = start + n * periodNanos;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            var record = BenchEntries.entry("l", n, Instant.now());
            sentNanos.put(record.value().postId(), System.nanoTime());
            producer.send(record);
        }
        producer.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!watcher.firstReadableNanos.keySet().containsAll(sentNanos.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<Double> millis = new ArrayList<>();
        sentNanos.forEach((post, sent) -> {
            Long readable = watcher.firstReadableNanos.get(post);
            if (readable != null) {
                millis.add((readable - sent) / 1e6);
            }
        });
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "latency entry produced -> recommendation readable at %d entries/s for %d s: "
                        + "p50=%.0fms p99=%.0fms max=%.0fms measured=%d of %d%n", rate, seconds, percentile(millis, 50),
                percentile(millis, 99), millis.isEmpty() ? Double.NaN : millis.getLast(), millis.size(),
                sentNanos.size());
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
