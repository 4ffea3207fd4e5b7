package io.mentorfeed.ingest;

import io.mentorfeed.ingest.comments.CommentsPoller;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.ingest.parse.FeedParseException;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.ingest.publish.EntryPublisher;
import io.mentorfeed.ingest.publish.Publication;
import io.mentorfeed.ingest.schedule.PollBackoff;
import io.mentorfeed.ingest.schedule.PollRhythm;
import io.mentorfeed.ingest.schedule.TrackedFeed;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.FetchOutcome;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.ParsedFeed;
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
 * still not published again.
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

    /** @param recentIdsKept how many entry ids of a feed are remembered, newest first (older ones may reappear) */
    public FeedPoller(FeedFetcher fetcher, FeedParser parser, EntryPublisher publisher, PollBackoff backoff,
                      PollRhythm rhythm, Clock clock, int recentIdsKept, CommentsPoller comments,
                      IngestMetrics metrics) {
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
        FetchResult fetched = fetcher.fetch(feed.feedUrl(), forced ? Validators.none() : feed.validators());
        PollResult result = switch (fetched) {
            case FetchResult.Fetched body -> read(feed, body, at);
            case FetchResult.NotModified notModified -> PollResult.notModified();
            case FetchResult.Failed failed -> PollResult.failed(failed.status(), failed.errorClass(), failed.reason());
        };
        int errors = result.ok() ? 0 : (forced ? 0 : feed.consecutiveErrors()) + 1;
        Duration delay = errors > 0 ? backoff.next(errors)
                : result.interval() != null ? result.interval() : feed.interval(rhythm.fallback());
        if (fetched instanceof FetchResult.Failed failed && failed.retryAfter() != null) {
            delay = backoff.atLeast(delay, failed.retryAfter());
        }
        FetchOutcome outcome = new FetchOutcome(feed.mentorId(), feed.feedUrl(), at, result.status(), result.bytes(),
                fetched.duration().toMillis(), result.entriesInFeed(), result.newEntries(), result.errorClass(),
                result.error());
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
        feed.remember(result.validators(), result.bodyHash(), result.entryIds(), errors, result.interval());
        metrics.pollRecorded(outcome);
        if (forced) {
            metrics.refetched();
        }
        logPoll(feed, outcome, errors, delay);
        if (result.ok()) {
            pollComments(feed, result.document(), at);
        }
        return delay;
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
            return PollResult.unchanged(fetched.body().length);
        }
        FeedParser.FeedDocument document;
        try {
            document = parser.parseDocument(fetched.body(), fetched.contentType(), fetched.finalUrl());
        } catch (FeedParseException e) {
            var deadLetter = EntryPublisher.unparsableBody(feed.mentorId(), feed.feedUrl(), fetched.body(),
                    e.getMessage(), at);
            return new PollResult(fetched.status(), fetched.body().length, List.of(), 0, 0, null, null, null,
                    deadLetter, "parse", e.getMessage(), null, null);
        }
        ParsedFeed parsed = document.feed();
        Duration hint = max(document.ttl(), fetched.freshFor());
        Duration interval = rhythm.interval(hint, parsed.entries().stream().map(FeedEntry::published).toList());
        var seen = new HashSet<>(feed.recentEntryIds());
        // Only entries this feed has not shown before are published: a restarted or moved ingestor carries on.
        List<IngestedEntry> entries = parsed.entries().stream()
                .filter(entry -> !seen.contains(entry.id()))
                .map(entry -> new IngestedEntry(feed.mentorId(), feed.feedUrl(), at, parsed.feed(), entry))
                .toList();
        return new PollResult(fetched.status(), fetched.body().length, entries, entries.size(),
                parsed.entries().size(), fetched.validators(), hash, RecentIds.merge(parsed.entries().stream()
                .map(FeedEntry::id).toList(), feed.recentEntryIds(), recentIdsKept), null, null, null, interval, parsed);
    }

    private static FeedState state(TrackedFeed feed, PollResult result, Instant at, int errors, Duration delay) {
        var validators = result.validators() != null ? result.validators() : feed.validators();
        List<String> ids = result.entryIds() != null ? result.entryIds() : feed.recentEntryIds();
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

    /** Keeps a free-text value inside its error="..." quotes. */
    private static String quotable(String text) {
        return text == null ? "" : text.replace('"', '\'');
    }
}
