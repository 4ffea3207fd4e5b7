package io.mentorfeed.ingest;

import io.mentorfeed.ingest.comments.CommentsPoller;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fulltext.FullTextReader;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.ingest.publish.EntryPublisher;
import io.mentorfeed.ingest.schedule.FeedScheduler;
import io.mentorfeed.ingest.schedule.PollBackoff;
import io.mentorfeed.ingest.schedule.PollRhythm;
import io.mentorfeed.ingest.websub.PushSink;
import io.mentorfeed.ingest.websub.PushSubscriptions;
import io.mentorfeed.ingest.websub.WebSub;
import io.mentorfeed.model.follow.TopicFollower;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: follows the mentors of its share of the registry and polls their feeds into Kafka.
 * Several instances with the same groupId share the feeds by the registry's partitions; each also follows the
 * operators' control topic and refetches the feeds it follows when asked to.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final Map<String, Object> kafkaProperties;
    private final IngestMetrics metrics;
    private final MeterRegistry meters;
    private final Object lifecycle = new Object();
    private FeedFetcher fetcher;
    private EntryPublisher publisher;
    private FeedScheduler scheduler;
    private FeedPoller poller;
    private WebSub webSub;
    private MentorRegistry registry;
    private volatile TopicFollower<String, byte[]> control;
    private boolean started;
    private volatile boolean stopped;
    private volatile boolean halted;

    /** As {@link #IngestService(IngestConfig, Map, MeterRegistry)}, with metrics kept in memory only. */
    public IngestService(IngestConfig config, Map<String, Object> kafkaProperties) {
        this(config, kafkaProperties, new SimpleMeterRegistry());
    }

    /**
     * @param kafkaProperties bootstrap.servers and security settings; copied, never modified
     * @param meters where the mentorfeed.ingest.* metrics are registered (see docs/ingest.md)
     */
    public IngestService(IngestConfig config, Map<String, Object> kafkaProperties, MeterRegistry meters) {
        this.meters = Objects.requireNonNull(meters, "meters");
        this.metrics = new IngestMetrics(meters);
        this.config = Objects.requireNonNull(config, "config");
        this.kafkaProperties = Map.copyOf(Objects.requireNonNull(kafkaProperties, "kafkaProperties"));
        if (!this.kafkaProperties.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("kafkaProperties must contain bootstrap.servers");
        }
    }

    /** Starts the registry consumer, the control consumer, the scheduler and the fetch pool; returns at once. */
    public void start() {
        synchronized (lifecycle) {
            if (started) {
                throw new IllegalStateException("IngestService can be started only once");
            }
            started = true;
            var backoff = new PollBackoff(config.pollInterval(), config.maxPollInterval(),
                    config.initialPollSpread(), new Random());
            fetcher = new FeedFetcher(config, metrics);
            // One name per instance: its transactional id, and its clients' ids, which the broker and
            // `admin lag` show, so two instances of one group can be told apart.
            String instance = config.groupId() + "-" + UUID.randomUUID();
            publisher = new EntryPublisher(kafkaProperties, instance);
            var rhythm = new PollRhythm(config.pollInterval(), config.pollFloor(), config.maxPollInterval(),
                    Clock.systemUTC());
            var parser = new FeedParser(config.maxEntriesPerFeed());
            var comments = new CommentsPoller(fetcher, parser, publisher::publishComments, config.commentsEntries(),
                    config.commentsMaxAge(), config.commentsPollInterval());
            var fullText = new FullTextReader(fetcher, config.fullText(), metrics);
            // No feed is polled before the registry hands one over (last below): the poller can come after.
            scheduler = new FeedScheduler(feed -> poller.poll(feed), backoff, config.maxConcurrentFetches(),
                    longestPoll(config));
            metrics.watch(scheduler);
            webSub = config.websub().enabled()
                    ? WebSub.start(config, this::takePush, scheduler::follows, scheduler::pollSoon, meters) : null;
            PushSubscriptions subscriptions = webSub != null ? webSub : PushSubscriptions.OFF;
            poller = new FeedPoller(fetcher, parser, publisher, backoff, rhythm, Clock.systemUTC(),
                    2 * config.maxEntriesPerFeed(), comments, metrics, fullText, subscriptions);
            control = ControlCommands.follower(instance, kafkaProperties, scheduler).start();
            registry = new MentorRegistry(config.groupId(), instance, kafkaProperties, scheduler, publisher,
                    subscriptions);
            registry.start();
            log.info("ingest started groupId={} instance={} pollIntervalSeconds={} maxConcurrentFetches={} websub={}",
                    config.groupId(), instance, config.pollInterval().toSeconds(), config.maxConcurrentFetches(),
                    webSub != null ? "on" : "off");
        }
    }

    /**
     * How long a revoked feed's running poll may still take, which is how long a rebalance waits for it before the
     * next owner restores the feed's state: the feed, then its pages within the full-text budget (the last page
     * started just before the budget ends), then the commit. Waiting less would let both owners publish its entries.
     */
    static Duration longestPoll(IngestConfig config) {
        Duration pages = config.fullText().enabled()
                ? config.fullText().pollBudget().plus(config.requestTimeout()) : Duration.ZERO;
        return config.requestTimeout().plus(pages).plusSeconds(5);
    }

    /** A signed push: taken by the feed's poller while none of its polls runs; gone if this instance has no feed. */
    private PushSink.Delivery takePush(String mentorId, byte[] body, String contentType) {
        return scheduler.withFeed(mentorId, feed -> poller.takePush(feed, body, contentType))
                .orElse(PushSink.Delivery.NOT_FOLLOWED);
    }

    /** True once the registry consumer has its partitions and is running. */
    public boolean isReady() {
        MentorRegistry current = registry;
        return current != null && current.isReady();
    }

    /**
     * False once a thread ingest cannot work without has died: the registry consumer (no mentors, no rebalances) or
     * the control consumer (no refetch commands). True before start and after a clean stop: nothing died there, and
     * a process between the two should not be restarted for it. False after {@link #halt()}, which stands for a crash.
     */
    public boolean isLive() {
        if (halted) {
            return false;
        }
        MentorRegistry mentors = registry;
        TopicFollower<String, byte[]> commands = control;
        if (stopped || mentors == null || commands == null) {
            return true;
        }
        return mentors.isAlive() && commands.isAlive();
    }

    /** True once the control consumer reads from the end of mentorfeed.control: a command written now is acted on. */
    boolean isListeningForCommands() {
        TopicFollower<String, byte[]> current = control;
        return current != null && current.isFollowing();
    }

    /**
     * Stops taking mentors and commands, lets running polls finish, flushes the producer; safe to call twice, and
     * after a {@link #start()} that failed.
     */
    public void stop() {
        synchronized (lifecycle) {
            if (!started || stopped) {
                stopped = true;
                return;
            }
            stopped = true;
            // start() may have failed half way (a client setting Kafka refuses): stop what it got to, so that no
            // thread of it is left running.
            if (registry != null) {
                registry.stop();
            }
            if (control != null) {
                control.stop();
            }
            if (webSub != null) {
                webSub.close();
            }
            if (scheduler != null) {
                scheduler.close();
            }
            if (publisher != null) {
                publisher.close();
            }
            if (fetcher != null) {
                fetcher.close();
            }
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
            halted = true;
            log.warn("ingest halting without a clean stop groupId={}", config.groupId());
            if (webSub != null) {
                webSub.close();
            }
            scheduler.halt();
            publisher.abandon();
            registry.stop();
            control.stop();
            fetcher.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
