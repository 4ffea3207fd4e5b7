package io.mentorfeed.ingest;

import static io.mentorfeed.ingest.LogValues.quotable;

import io.mentorfeed.ingest.comments.CommentsPoller;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.ingest.fulltext.FullTextReader;
import io.mentorfeed.ingest.parse.FeedParseException;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.ingest.publish.EntryPublisher;
import io.mentorfeed.ingest.publish.Publication;
import io.mentorfeed.ingest.schedule.PollBackoff;
import io.mentorfeed.ingest.schedule.PollRhythm;
import io.mentorfeed.ingest.schedule.TrackedFeed;
import io.mentorfeed.ingest.websub.PushSink;
import io.mentorfeed.ingest.websub.PushSubscriptions;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.FetchOutcome;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.ParsedFeed;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed, top to bottom: fetch, parse, normalize, publish, then remember and log. The feed's memory
 * (validators, body hash, entry ids, error count) changes only once Kafka has acknowledged the poll's records, so
 * a failed publish is retried by the next poll instead of being hidden behind a 304. A forced poll (an operator's
 * refetch) sends no validators, reads an unchanged body again and counts errors from zero; entries already seen are
 * still not published again. New entries whose feed carries only an excerpt get the article of their page
 * ({@link FullTextReader}) before they are published. With WebSub on, a document read in full subscribes the feed
 * at its hub, a feed with an active subscription is polled only as a safety net, and a pushed body takes the same
 * path as a polled one ({@link #takePush}).
 */
public final class FeedPoller {
    /** A feed is reported unhealthy once this many polls in a row failed: one timeout is not an outage. */
    static final int UNHEALTHY_AFTER_ERRORS = 3;

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final EntryPublisher publisher;
    private final PollBackoff backoff;
    private final PollRhythm rhythm;
    private final Clock clock;
    private final int recentIdsKept;
    private final CommentsPoller comments;
    private final IngestMetrics metrics;
    private final FullTextReader fullText;
    private final PushSubscriptions webSub;

    /** As the full constructor, with full text and WebSub off: no page of a post is fetched, no hub used. */
    public FeedPoller(FeedFetcher fetcher, FeedParser parser, EntryPublisher publisher, PollBackoff backoff,
                      PollRhythm rhythm, Clock clock, int recentIdsKept, CommentsPoller comments,
                      IngestMetrics metrics) {
        this(fetcher, parser, publisher, backoff, rhythm, clock, recentIdsKept, comments, metrics,
                FullTextReader.off(fetcher), PushSubscriptions.OFF);
    }

    /** @param recentIdsKept how many entry ids of a feed are remembered, newest first (older ones may reappear) */
    public FeedPoller(FeedFetcher fetcher, FeedParser parser, EntryPublisher publisher, PollBackoff backoff,
                      PollRhythm rhythm, Clock clock, int recentIdsKept, CommentsPoller comments,
                      IngestMetrics metrics, FullTextReader fullText, PushSubscriptions webSub) {
        this.webSub = webSub;
        this.fullText = fullText;
        this.comments = comments;
        this.metrics = metrics;
        this.rhythm = rhythm;
        this.recentIdsKept = recentIdsKept;
        this.fetcher = fetcher;
        this.parser = parser;
        this.publisher = publisher;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Polls the feed once and returns how long to wait before the next poll. */
    public Duration poll(TrackedFeed feed) {
        Instant at = clock.instant();
        boolean forced = feed.forced();
        // A 304 would hide the hub of a feed WebSub has not seen a document of since this instance took it.
        boolean whole = forced || webSub.wantsDocument(feed.mentorId());
        FetchResult fetched = fetcher.fetch(feed.feedUrl(), whole ? Validators.none() : feed.validators());
        PollResult result = switch (fetched) {
            case FetchResult.Fetched body -> read(feed, body, at);
            case FetchResult.NotModified notModified -> new PollResult.NotModified();
            case FetchResult.Failed failed -> new PollResult.Failed(failed.status(), failed.errorClass(), failed.reason());
        };
        int errors = result.ok() ? 0 : (forced ? 0 : feed.consecutiveErrors()) + 1;
        PollResult.FeedMemory memory = result instanceof PollResult.Read read ? read.memory() : null;
        Duration delay = errors > 0 ? backoff.next(errors) : healthyInterval(feed, memory == null ? null : memory.interval());
        if (fetched instanceof FetchResult.Failed failed && failed.retryAfter() != null) {
            delay = backoff.atLeast(delay, failed.retryAfter());
        }
        FetchOutcome outcome = outcome(feed, result, at, fetched.duration());
        try {
            publisher.publish(new Publication(result.entries(), result.deadLetter(), outcome,
                    state(feed, result, at, errors, delay)));
        } catch (KafkaException e) {
            metrics.pollNotRecorded();
            feed.failedToRecord();
            Duration retry = backoff.next(feed.consecutiveErrors());
            log.warn("feed poll not recorded mentor={} url={} status={} errorClass=publish error=\"{}\" retryInMillis={}",
                    feed.mentorId(), feed.feedUrl(), result.status(), quotable(e.getMessage()), retry.toMillis());
            return retry;
        }
        if (memory != null) {
            feed.remember(memory.validators(), memory.bodyHash(), memory.recentIds(), errors, memory.interval());
        } else {
            feed.remember(null, null, null, errors, null);
        }
        metrics.pollRecorded(outcome);
        if (forced) {
            metrics.refetched();
        }
        logPoll(feed, outcome, errors, delay);
        ParsedFeed document = result instanceof PollResult.Read read ? read.document() : null;
        if (fetched instanceof FetchResult.Fetched body && document != null) {
            webSub.documentRead(feed.mentorId(), body.finalUrl(), document.feed(), body.links());
        }
        if (result.ok()) {
            pollComments(feed, document, at);
        }
        return delay;
    }

    /**
     * Takes a body a WebSub hub pushed for this feed as a polled 200 body is taken (parse, full text, only unseen
     * entries, published with the feed's state in one transaction), leaving the feed's validators, body hash and
     * rhythm as its last poll set them: they describe its own document. Run while no poll of the feed runs.
     */
    public PushSink.Delivery takePush(TrackedFeed feed, byte[] body, String contentType) {
        Instant at = clock.instant();
        URI url = URI.create(feed.feedUrl().strip());
        PollResult result = read(feed, new FetchResult.Fetched(url, url, 200, body, contentType, null, Duration.ZERO,
                null), at);
        FetchOutcome outcome = outcome(feed, result, at, Duration.ZERO);
        int errors = feed.consecutiveErrors();
        try {
            publisher.publish(new Publication(result.entries(), result.deadLetter(), outcome,
                    state(feed, result, at, errors, healthyInterval(feed, null))));
        } catch (KafkaException e) {
            log.warn("feed push not recorded mentor={} url={} errorClass=publish error=\"{}\"", feed.mentorId(),
                    feed.feedUrl(), quotable(e.getMessage()));
            return PushSink.Delivery.NOT_RECORDED;
        }
        feed.remember(null, null, result instanceof PollResult.Read read ? read.memory().recentIds() : null, errors,
                null);
        metrics.pushRecorded(outcome);
        if (outcome.ok()) {
            log.info("feed push recorded mentor={} url={} entries={} newEntries={} bytes={}", feed.mentorId(),
                    feed.feedUrl(), outcome.entries(), outcome.newEntries(), outcome.bytes());
        } else {
            log.warn("feed push unreadable mentor={} url={} errorClass={} error=\"{}\" bytes={}", feed.mentorId(),
                    feed.feedUrl(), outcome.errorClass(), quotable(outcome.error()), outcome.bytes());
        }
        return PushSink.Delivery.TAKEN;
    }

    /**
     * The rhythm of the document just read (null: the feed's last known one); with an active WebSub subscription,
     * the safety net's interval if that is longer.
     */
    private Duration healthyInterval(TrackedFeed feed, Duration documentRhythm) {
        Duration own = documentRhythm != null ? documentRhythm : feed.interval(rhythm.fallback());
        return webSub.isActive(feed.mentorId()) ? max(own, webSub.safetyNetInterval()) : own;
    }

    private static FetchOutcome outcome(TrackedFeed feed, PollResult result, Instant at, Duration took) {
        return new FetchOutcome(feed.mentorId(), feed.feedUrl(), at, result.status(), result.bytes(), took.toMillis(),
                result.entriesInFeed(), result.entries().size(), result.errorClass(), result.error());
    }

    /** The feed's poll is recorded: whatever its comments feeds do now cannot change it. */
    private void pollComments(TrackedFeed feed, ParsedFeed document, Instant at) {
        try {
            comments.poll(feed.mentor(), feed.comments(), document, at);
        } catch (RuntimeException e) {
            log.warn("comments poll failed mentor={} url={} errorClass=internal error=\"{}\"", feed.mentorId(),
                    feed.feedUrl(), quotable(String.valueOf(e)));
        }
    }

    private PollResult read(TrackedFeed feed, FetchResult.Fetched fetched, Instant at) {
        String hash = Ids.sha256Hex(fetched.body());
        if (hash.equals(feed.bodyHash()) && !feed.forced()) {
            return new PollResult.Unchanged(fetched.body().length);
        }
        FeedParser.FeedDocument document;
        try {
            document = parser.parseDocument(fetched.body(), fetched.contentType(), fetched.finalUrl());
        } catch (FeedParseException e) {
            var deadLetter = EntryPublisher.unparsableBody(feed.mentorId(), feed.feedUrl(), fetched.body(),
                    e.getMessage(), at);
            return new PollResult.Unreadable(fetched.status(), fetched.body().length, e.getMessage(), deadLetter);
        }
        ParsedFeed parsed = document.feed();
        Duration hint = max(document.ttl(), fetched.freshFor());
        Duration interval = rhythm.interval(hint, parsed.entries().stream().map(FeedEntry::published).toList());
        var seen = new HashSet<>(feed.recentEntryIds());
        // Only entries this feed has not shown before are published: a restarted or moved ingestor carries on.
        List<FeedEntry> fresh = parsed.entries().stream().filter(entry -> !seen.contains(entry.id())).toList();
        List<IngestedEntry> entries = fullText.complete(feed.mentor(), fresh).stream()
                .map(entry -> new IngestedEntry(feed.mentorId(), feed.feedUrl(), at, parsed.feed(), entry))
                .toList();
        List<String> recentIds = RecentIds.merge(parsed.entries().stream().map(FeedEntry::id).toList(),
                feed.recentEntryIds(), recentIdsKept);
        return new PollResult.Read(fetched.status(), fetched.body().length, parsed, entries,
                new PollResult.FeedMemory(fetched.validators(), hash, recentIds, interval));
    }

    private static FeedState state(TrackedFeed feed, PollResult result, Instant at, int errors, Duration delay) {
        PollResult.FeedMemory memory = result instanceof PollResult.Read read ? read.memory() : null;
        var validators = memory != null && memory.validators() != null ? memory.validators() : feed.validators();
        List<String> ids = memory != null ? memory.recentIds() : feed.recentEntryIds();
        String lastError = result.ok() ? null : result.errorClass() + ": " + result.error();
        return new FeedState(feed.mentorId(), feed.feedUrl(), validators.etag(), validators.lastModified(), at,
                result.status() == 0 ? null : result.status(), at.plus(delay), errors, lastError,
                errors < UNHEALTHY_AFTER_ERRORS, ids);
    }

    private static void logPoll(TrackedFeed feed, FetchOutcome outcome, int errors, Duration delay) {
        if (outcome.ok()) {
            log.info("feed poll ok mentor={} url={} status={} entries={} newEntries={} bytes={} millis={} nextPollInMillis={}",
                    feed.mentorId(), feed.feedUrl(), outcome.status(), outcome.entries(), outcome.newEntries(),
                    outcome.bytes(), outcome.durationMillis(), delay.toMillis());
        } else {
            log.warn("feed poll failed mentor={} url={} status={} errorClass={} error=\"{}\" millis={} consecutiveErrors={} retryInMillis={}",
                    feed.mentorId(), feed.feedUrl(), outcome.status(), outcome.errorClass(), quotable(outcome.error()),
                    outcome.durationMillis(), errors, delay.toMillis());
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
