package io.mentorfeed.ingest;

import io.mentorfeed.ingest.comments.CommentsPoller;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.ingest.publish.EntryPublisher;
import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.ingest.schedule.PollBackoff;
import io.mentorfeed.ingest.schedule.PollRhythm;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: follows the mentors of its share of the registry and polls their feeds into Kafka.
 * Several instances with the same groupId share the feeds by the registry's partitions.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final Map<String, Object> kafkaProperties;
    private final Object lifecycle = new Object();
    private FeedFetcher fetcher;
    private EntryPublisher publisher;
    private FeedScheduler scheduler;
    private MentorRegistry registry;
    private Thread registryThread;
    private boolean started;
    private boolean stopped;

    /** @param kafkaProperties bootstrap.servers and security settings; copied, never modified */
    public IngestService(IngestConfig config, Map<String, Object> kafkaProperties) {
        this.config = Objects.requireNonNull(config, "config");
        this.kafkaProperties = Map.copyOf(Objects.requireNonNull(kafkaProperties, "kafkaProperties"));
        if (!this.kafkaProperties.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("kafkaProperties must contain bootstrap.servers");
        }
    }

    /** Starts the registry consumer, the scheduler and the fetch pool; returns at once. */
    public void start() {
        synchronized (lifecycle) {
            if (started) {
                throw new IllegalStateException("IngestService can be started only once");
            }
            started = true;
            var backoff = new PollBackoff(config.pollInterval(), config.maxPollInterval(),
                    config.initialPollSpread(), new Random());
            fetcher = new FeedFetcher(config);
            publisher = new EntryPublisher(kafkaProperties, config.groupId() + "-" + UUID.randomUUID());
            var rhythm = new PollRhythm(config.pollInterval(), config.pollFloor(), config.maxPollInterval(),
                    Clock.systemUTC());
            var parser = new FeedParser(config.maxEntriesPerFeed());
            var comments = new CommentsPoller(fetcher, parser, publisher::publishComments, config.commentsEntries(),
                    config.commentsMaxAge(), config.commentsPollInterval());
            var poller = new FeedPoller(fetcher, parser, publisher, backoff, rhythm, Clock.systemUTC(),
                    2 * config.maxEntriesPerFeed(), comments);
            scheduler = new FeedScheduler(poller::poll, backoff, config.maxConcurrentFetches(),
                    config.requestTimeout().plusSeconds(5));
            registry = new MentorRegistry(config.groupId(), kafkaProperties, scheduler, publisher);
            registryThread = new Thread(registry, "ingest-mentors");
            registryThread.start();
            log.info("ingest started groupId={} pollIntervalSeconds={} maxConcurrentFetches={}", config.groupId(),
                    config.pollInterval().toSeconds(), config.maxConcurrentFetches());
        }
    }

    /** True once the registry consumer has its partitions and is running. */
    public boolean isReady() {
        MentorRegistry current = registry;
        Thread thread = registryThread;
        return current != null && thread != null && thread.isAlive() && current.isReady();
    }

    /** Stops taking mentors, lets running polls finish, flushes the producer; safe to call twice. */
    public void stop() {
        synchronized (lifecycle) {
            if (!started || stopped) {
                stopped = true;
                return;
            }
            stopped = true;
            registry.stop();
            try {
                registryThread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler.close();
            publisher.close();
            fetcher.close();
            log.info("ingest stopped groupId={}", config.groupId());
        }
    }

    /**
     * Dies as a killed process would: fetch threads stopped mid-poll, the open transaction left for the broker to
     * abort, the registry consumer closed. For crash tests; the service cannot be used afterwards.
     */
    void halt() {
        synchronized (lifecycle) {
            stopped = true;
            log.warn("ingest halting without a clean stop groupId={}", config.groupId());
            scheduler.halt();
            publisher.abandon();
            registry.stop();
            fetcher.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
