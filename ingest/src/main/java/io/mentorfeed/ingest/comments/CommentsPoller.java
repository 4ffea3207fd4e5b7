package io.mentorfeed.ingest.comments;

import static io.mentorfeed.ingest.LogValues.quotable;

import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.parse.FeedParseException;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.CommentThread;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.ParsedFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a successful poll of a feed, reads the comments feeds of its watched posts ({@link CommentWatch}) with the
 * same fetcher (limits, politeness, private addresses refused) and parser as feeds, and publishes what changed as
 * {@link CommentThread}s. A comments feed that fails is one log line and is tried again after {@code every}; it
 * never touches the feed's own poll, which has already been recorded.
 */
public final class CommentsPoller {
    private static final Logger log = LoggerFactory.getLogger(CommentsPoller.class);

    /** Publishes threads in one go; throws KafkaException when Kafka did not take them. */
    @FunctionalInterface
    public interface Sink {
        void publish(List<CommentThread> threads);
    }

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Sink sink;
    private final int entries;
    private final Duration maxAge;
    private final Duration every;

    public CommentsPoller(FeedFetcher fetcher, FeedParser parser, Sink sink, int entries, Duration maxAge,
                          Duration every) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.sink = sink;
        this.entries = entries;
        this.maxAge = maxAge;
        this.every = every;
    }

    /**
     * @param document the feed document this poll read, or null when the feed was unchanged (the watch list stays)
     * @return the threads published
     */
    public List<CommentThread> poll(Mentor mentor, CommentWatch watch, ParsedFeed document, Instant now) {
        if (entries == 0) {
            return List.of();
        }
        if (document != null) {
            watch.follow(document.entries(), document.feed(), now, entries, maxAge);
        }
        List<CommentThread> changed = new ArrayList<>();
        List<WatchedThread> fetched = new ArrayList<>();
        for (WatchedThread thread : watch.due(now, every, maxAge)) {
            WatchedThread after = fetch(mentor, thread, now);
            fetched.add(after);
            if (after.lastCounts() != null && !after.lastCounts().equals(thread.lastCounts())) {
                CommentCount counts = after.lastCounts();
                changed.add(new CommentThread(mentor.id(), Ids.postId(mentor.id(), thread.entryId()),
                        thread.entryId(), thread.commentsFeedUrl(), now, counts.comments(), counts.mentorReplies(),
                        counts.commenters()));
            }
        }
        if (!changed.isEmpty()) {
            try {
                sink.publish(changed);
            } catch (KafkaException e) {
                // Nothing remembered: the threads are fetched and published again once due.
                log.warn("comments not recorded mentor={} threads={} errorClass=publish error=\"{}\"", mentor.id(),
                        changed.size(), quotable(e.getMessage()));
                return List.of();
            }
        }
        fetched.forEach(watch::update);
        return changed;
    }

    private WatchedThread fetch(Mentor mentor, WatchedThread thread, Instant now) {
        FetchResult result = fetcher.fetch(thread.commentsFeedUrl(), thread.validators());
        switch (result) {
            case FetchResult.NotModified notModified -> {
                log.debug("comments not modified mentor={} url={}", mentor.id(), thread.commentsFeedUrl());
                return thread.fetched(now, null, null);
            }
            case FetchResult.Failed failed -> {
                log.warn("comments poll failed mentor={} entry=\"{}\" url={} status={} errorClass={} error=\"{}\"",
                        mentor.id(), quotable(thread.entryId()), thread.commentsFeedUrl(), failed.status(),
                        failed.errorClass(), quotable(failed.reason()));
                return thread.fetched(now, null, null);
            }
            case FetchResult.Fetched body -> {
                try {
                    ParsedFeed comments = parser.parse(body.body(), body.contentType(), body.finalUrl());
                    var names = MentorNames.of(thread.entryAuthor(), thread.feedAuthor(), mentor.name());
                    CommentCount counts = CommentCount.of(comments.entries(), names);
                    log.info("comments poll ok mentor={} url={} comments={} mentorReplies={} commenters={}",
                            mentor.id(), thread.commentsFeedUrl(), counts.comments(), counts.mentorReplies(),
                            counts.commenters());
                    return thread.fetched(now, body.validators(), counts);
                } catch (FeedParseException e) {
                    log.warn("comments poll failed mentor={} entry=\"{}\" url={} status={} errorClass=parse error=\"{}\"",
                            mentor.id(), quotable(thread.entryId()), thread.commentsFeedUrl(), body.status(),
                            quotable(e.getMessage()));
                    return thread.fetched(now, null, null);
                }
            }
        }
    }
}
