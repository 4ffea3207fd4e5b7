package io.mentorfeed.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.app.MentorfeedCli;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import io.mentorfeed.reliability.GrowingFeeds.PublishedEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault-injection run: three KRaft nodes (RF 3, min.insync.replicas 2), two ingest and two processor
 * instances started with the real command line, 50 growing feeds; brokers, ingestors and processors killed with
 * SIGKILL at random moments while the feeds publish. Then, read committed: every published entry is exactly one
 * post and one recommendation per reader following its mentor. Everything the run leaves (node and service logs,
 * the figures in last-run.txt) is in target/fault-injection/. Run alone: {@code ./mvnw -pl reliability verify}.
 */
@Tag("integration")
@Tag("fault")
class FaultInjectionIT {
    private static final Logger log = LoggerFactory.getLogger(FaultInjectionIT.class);
    private static final Path RUN_DIR = Path.of("target", "fault-injection");
    private static final String PROCESSOR_GROUP = "mentorfeed-processor";
    private static final String REPARTITION_TOPIC = PROCESSOR_GROUP + "-candidates-by-profile-repartition";

    @Test
    void killedBrokersIngestorsAndProcessorsLoseNoEntryAndDoubleNone() throws Exception {
        var settings = FaultRunSettings.fromSystemProperties();
        log.info("fault run settings seed={} faults={} feeds={} entriesPerFeed={} publishSeconds={}", settings.seed(),
                settings.faults(), settings.feeds(), settings.entriesPerFeed(), settings.publishFor().toSeconds());
        Path dir = emptyRunDir();
        long startNanos = System.nanoTime();
        List<ServiceInstance> services = new ArrayList<>();
        try (var cluster = KraftCluster.start(3, dir);
             var feeds = GrowingFeeds.start(settings.feeds(), settings.entriesPerFeed(), settings.publishFor())) {
            List<Profile> readers = readers(feeds.mentorIds());
            Path config = ServiceConfigFile.write(dir, cluster.bootstrapServers(), feeds, readers);
            assertThat(MentorfeedCli.commandLine().execute("setup", "--config", config.toString()))
                    .as("mentorfeed setup").isZero();
            List<ServiceInstance> ingest = instances("ingest", 2, config, dir);
            List<ServiceInstance> processors = instances("processor", 2, config, dir);
            services.addAll(ingest);
            services.addAll(processors);
            services.forEach(ServiceInstance::restart);
            Map<String, List<? extends FaultTarget>> targets = new LinkedHashMap<>();
            targets.put("broker", IntStream.range(0, cluster.size()).mapToObj(i -> new BrokerNode(cluster, i)).toList());
            targets.put("ingest", ingest);
            targets.put("processor", processors);
            awaitPathWorks(cluster, services, feeds.published().size());

            feeds.beginPublishing();
            List<InjectedFault> faults;
            try (var injector = new FaultInjector(targets, feeds::stillPublishing)) {
                faults = injector.run(FaultPlan.random(settings.seed(), settings.faults(), sizes(targets),
                        settings.spacing()));
            }
            feeds.finishPublishing();
            await("feeds done publishing").atMost(settings.publishFor().plusMinutes(2))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> !feeds.stillPublishing());
            List<PublishedEntry> published = feeds.published();
            awaitAllProcessed(cluster, published);

            DeliveryReport report = DeliveryVerifier.verify(cluster, published, readers);
            recordRun(settings, faults, report, (System.nanoTime() - startNanos) / 1e9);

            assertThat(faults).as("faults injected").hasSize(settings.faults())
                    .allMatch(InjectedFault::whilePublishing, "injected while the feeds publish");
            assertThat(faults).extracting(InjectedFault::kind).as("kinds killed")
                    .containsAll(List.of("broker", "ingest", "processor"));
            assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(settings.entries());
            assertThat(report.posts()).as("posts").satisfies(t -> assertThat(t.exact()).as(t.toString()).isTrue());
            assertThat(report.recommendations()).as("recommendations")
                    .satisfies(t -> assertThat(t.exact()).as(t.toString()).isTrue());
            assertThat(report.lateEntries()).as("entries out of their feed's order").isZero();
            assertThat(report.lost()).as("lost").isZero();
            assertThat(report.doubled()).as("doubled").isZero();
            // No zombie is simulated here, so ingest itself writes each entry once (FeedStateRestorerIT's case).
            assertThat(report.entries().doubled()).as("entries republished by ingest").isZero();
        } finally {
            services.forEach(ServiceInstance::stop);
        }
    }

    private static List<ServiceInstance> instances(String command, int count, Path config, Path dir) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new ServiceInstance(command, n, config, dir)).toList();
    }

    private static SequencedMap<String, Integer> sizes(Map<String, List<? extends FaultTarget>> targets) {
        var sizes = new LinkedHashMap<String, Integer>();
        targets.forEach((kind, list) -> sizes.put(kind, list.size()));
        return sizes;
    }

    /** Every service ready and the feeds' first entries posts: a broken build or config fails here, clearly. */
    private static void awaitPathWorks(KraftCluster cluster, List<ServiceInstance> services, int firstEntries) {
        await("services ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> services.stream().allMatch(ServiceInstance::isHealthy));
        await("the feeds' first entries become posts").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(cluster.readAll(Topics.POSTS))
                        .as("posts of the first entries (else see %s/ingest-1.log)", RUN_DIR)
                        .hasSizeGreaterThanOrEqualTo(firstEntries));
    }

    /**
     * Every published entry on mentorfeed.entries, then the processor committed past the end of its inputs: under
     * exactly-once its output is committed with those offsets, so nothing more can come.
     */
    private static void awaitAllProcessed(KraftCluster cluster, List<PublishedEntry> published) throws Exception {
        Set<String> expected = new HashSet<>(published.stream().map(e -> e.mentorId() + "/" + e.entryId()).toList());
        await("every published entry on mentorfeed.entries").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(DeliveryTally.of(expected, cluster.readAll(Topics.ENTRIES).stream()
                        .map(r -> r.key() + "/" + r.value().entry().id()).toList()).lost())
                        .as("published entries not on mentorfeed.entries").isZero());
        try (Admin admin = cluster.admin()) {
            await("processor caught up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(ConsumerLag.of(admin, PROCESSOR_GROUP,
                            List.of(Topics.ENTRIES.name(), REPARTITION_TOPIC))).as("processor lag").isZero());
        }
    }

    /** Two readers following overlapping sets of mentors: the first 70 % and the last 60 %. */
    private static List<Profile> readers(List<String> mentors) {
        int n = mentors.size();
        return List.of(
                new Profile("alice", "Alice", null, ZoneId.of("UTC"), 7, List.of(), mentors.subList(0, n * 7 / 10)),
                new Profile("bob", "Bob", null, ZoneId.of("UTC"), 7, List.of(), mentors.subList(n * 4 / 10, n)));
    }

    /** The figures docs/reliability.md quotes: one key=value line in the log and in target/fault-injection/last-run.txt. */
    private static void recordRun(FaultRunSettings settings, List<InjectedFault> faults, DeliveryReport report,
                                  double seconds) throws IOException {
        Map<String, Long> byKind = new TreeMap<>();
        faults.forEach(f -> byKind.merge(f.kind(), 1L, Long::sum));
        long whilePublishing = faults.stream().filter(InjectedFault::whilePublishing).count();
        String line = String.format("fault run done seed=%d faults=%d whilePublishing=%d byKind=%s %s seconds=%.0f",
                settings.seed(), faults.size(), whilePublishing, byKind, report.summary(), seconds);
        log.info(line);
        Files.writeString(RUN_DIR.resolve("last-run.txt"), line + System.lineSeparator());
    }

    private static Path emptyRunDir() throws IOException {
        if (Files.exists(RUN_DIR)) {
            try (Stream<Path> old = Files.walk(RUN_DIR)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(RUN_DIR);
    }
}
