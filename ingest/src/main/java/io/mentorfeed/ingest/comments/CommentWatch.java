package io.mentorfeed.ingest.comments;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FeedInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments feeds one feed's poller watches: the newest few entries that publish one and are still young.
 * Kept in memory with the feed ({@code TrackedFeed}); a restarted ingestor starts watching again from the next
 * changed feed document. Used by one poll of the feed at a time; synchronized for the hand-over between threads.
 */
public final class CommentWatch {
    private Map<String, WatchedThread> threads = new LinkedHashMap<>();

    /** Takes the entries of a newly read feed document: the newest {@code limit} young ones with a comments feed. */
    public synchronized void follow(List<FeedEntry> entries, FeedInfo feed, Instant now, int limit, Duration maxAge) {
        Map<String, WatchedThread> next = new LinkedHashMap<>();
        entries.stream()
                .filter(entry -> entry.commentsFeedUrl() != null)
                .map(entry -> threads.getOrDefault(entry.id(), WatchedThread.first(entry.id(),
                        entry.commentsFeedUrl(), entry.author(), feed == null ? null : feed.author(),
                        entry.published() != null ? entry.published() : now)))
                .filter(thread -> isYoung(thread, now, maxAge))
                .sorted(Comparator.comparing(WatchedThread::published).reversed())
                .limit(limit)
                .forEach(thread -> next.put(thread.entryId(), thread));
        threads = next;
    }

    /** The threads to fetch now; those grown too old are dropped first. */
    public synchronized List<WatchedThread> due(Instant now, Duration every, Duration maxAge) {
        threads.values().removeIf(thread -> !isYoung(thread, now, maxAge));
        return new ArrayList<>(threads.values().stream().filter(thread -> thread.isDue(now, every)).toList());
    }

    /** Records a fetch of a thread still watched. */
    public synchronized void update(WatchedThread fetched) {
        threads.computeIfPresent(fetched.entryId(), (id, old) -> fetched);
    }

    public synchronized List<WatchedThread> threads() {
        return List.copyOf(threads.values());
    }

    private static boolean isYoung(WatchedThread thread, Instant now, Duration maxAge) {
        return thread.published().plus(maxAge).isAfter(now);
    }
}
