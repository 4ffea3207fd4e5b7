package io.mentorfeed.ingest.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How often a healthy feed is worth polling, from its own rhythm: a feed that posts daily is polled every few hours,
 * one that posted last month rarely, and a server's own hint (RSS ttl, Cache-Control max-age, Expires) is a floor
 * we respect. Always between the configured floor and ceiling; without any sign, the configured poll interval.
 */
public final class PollRhythm {
    /** Posts older than this say nothing of the current rhythm. */
    static final Duration WINDOW = Duration.ofDays(28);
    /** Polls per average gap between posts: a new post waits a quarter of that gap at most. */
    static final int POLLS_PER_GAP = 4;

    private final Duration fallback;
    private final Duration floor;
    private final Duration ceiling;
    private final Clock clock;

    public PollRhythm(Duration fallback, Duration floor, Duration ceiling, Clock clock) {
        this.fallback = fallback;
        this.floor = floor;
        this.ceiling = ceiling;
        this.clock = clock;
    }

    /**
     * @param serverHint how long the server says the document stays fresh; null when it does not say
     * @param published  publication times of the document's entries (nulls allowed)
     */
    public Duration interval(Duration serverHint, List<Instant> published) {
        Duration fromPosts = fromPosts(published);
        Duration interval = fromPosts == null ? fallback : fromPosts;
        if (serverHint != null && serverHint.compareTo(interval) > 0) {
            interval = serverHint;
        }
        return clamp(interval);
    }

    /** The interval of a feed that has not told its rhythm yet. */
    public Duration fallback() {
        return fallback;
    }

    private Duration fromPosts(List<Instant> published) {
        Instant now = clock.instant();
        List<Instant> dated = published.stream().filter(p -> p != null && !p.isAfter(now.plusSeconds(3600))).toList();
        if (dated.isEmpty()) {
            return null;
        }
        List<Instant> recent = dated.stream().filter(p -> p.isAfter(now.minus(WINDOW))).toList();
        if (recent.isEmpty()) {
            return ceiling;
        }
        // The average gap between recent posts, over the span they cover (at least a minute per post).
        Instant oldest = recent.stream().min(Instant::compareTo).orElseThrow();
        Duration span = Duration.between(oldest, now);
        Duration least = Duration.ofMinutes(recent.size());
        Duration gap = (span.compareTo(least) > 0 ? span : least).dividedBy(recent.size());
        return gap.dividedBy(POLLS_PER_GAP);
    }

    private Duration clamp(Duration interval) {
        if (interval.compareTo(floor) < 0) {
            return floor;
        }
        return interval.compareTo(ceiling) > 0 ? ceiling : interval;
    }
}
