package io.mentorfeed.api.view;

import io.mentorfeed.model.Engagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One reader's engagements as the view keeps them, not every one ever made: per post the latest verdict (commented,
 * skipped, read, snoozed) and the latest star or unstar, which is all the reading list's status and star read; and
 * every engagement of the reader's last {@link #RECENT} of activity (by their {@code at}, measured from the reader's
 * newest), so that a retry with an idempotency key finds the engagement it first wrote. An engagement that is
 * neither is forgotten. "Latest" is the one with the latest {@code at}, the later written on a tie (as the reading
 * list decides). Written by the view's one writer, read by any thread: every method locks this object.
 */
final class HeldEngagements {
    /** How long an engagement that is no longer the latest on its post is still remembered. */
    static final Duration RECENT = Duration.ofHours(24);

    private final Map<String, Engagement> held = new LinkedHashMap<>(); // by id, in the order written
    private final Map<String, Engagement> verdicts = new HashMap<>(); // by post id
    private final Map<String, Engagement> stars = new HashMap<>(); // by post id
    /** Held but no longer the latest on their post: forgotten once older than {@link #RECENT} before the newest. */
    private final PriorityQueue<Engagement> superseded = new PriorityQueue<>(Comparator.comparing(Engagement::at));
    private Instant newest = Instant.MIN;

    /**
     * Adds an engagement not seen before; returns the ids of those forgotten because of it (it may be one of them,
     * when it is old and not the latest on its post).
     */
    synchronized List<String> add(Engagement engagement) {
        held.put(engagement.id(), engagement);
        Map<String, Engagement> latest = engagement.kind().isStar() ? stars : verdicts;
        Engagement before = latest.get(engagement.postId());
        if (before == null || !engagement.at().isBefore(before.at())) {
            latest.put(engagement.postId(), engagement);
            if (before != null) {
                superseded.add(before);
            }
        } else {
            superseded.add(engagement);
        }
        if (engagement.at().isAfter(newest)) {
            newest = engagement.at();
        }
        List<String> forgotten = new ArrayList<>();
        Instant keepFrom = newest.minus(RECENT);
        while (!superseded.isEmpty() && superseded.peek().at().isBefore(keepFrom)) {
            Engagement old = superseded.poll();
            held.remove(old.id());
            forgotten.add(old.id());
        }
        return forgotten;
    }

    /** What is held, in the order written. */
    synchronized List<Engagement> list() {
        return List.copyOf(held.values());
    }

    synchronized int size() {
        return held.size();
    }
}
