package io.mentorfeed.processor.relationship;

import io.mentorfeed.model.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The open decisions ("profileId/postId" -> {@link OpenDecision}) and, beside them, a time index
 * ("recheckAt millis/profileId/postId" -> key) of when each must be looked at again: the next moment wall-clock time
 * alone can change it (a hold or snooze ends, the window closes, it is old enough to forget). The minute's re-check
 * then reads only what is due, not every open decision. Both stores are changelogged; the index is written with
 * every decision, so the two cannot disagree after a restore.
 */
final class OpenDecisions {
    /** How long a decision is remembered after its window closed: a late revision must not reopen it. */
    static final Duration REMEMBER_AFTER_CLOSE = Duration.ofDays(30);
    private static final StringSerializer KEYS = new StringSerializer();
    /** Milliseconds as 13 digits sort as strings up to the year 2286. */
    private static final String MILLIS = "%013d";
    private static final String INDEXED = "~every decision filed";

    private final KeyValueStore<String, OpenDecision> decisions;
    private final KeyValueStore<String, String> due;

    OpenDecisions(KeyValueStore<String, OpenDecision> decisions, KeyValueStore<String, String> due) {
        this.decisions = decisions;
        this.due = due;
    }

    OpenDecision get(String key) {
        return decisions.get(key);
    }

    /**
     * Stores the decision, filed in the time index at its next re-check after {@code now}. {@code open} carries
     * where it is filed now (its {@code recheckAt}, as read), so no read is needed to move it in the index, and
     * the index is written only when the filing moves. Returns the decision as stored.
     */
    OpenDecision put(String key, OpenDecision open, Instant now) {
        Instant filed = open.recheckAt();
        Instant next = nextRecheck(open, now);
        OpenDecision stored = open.filedAt(next);
        decisions.put(key, stored);
        if (!next.equals(filed)) {
            if (filed != null) {
                due.delete(indexKey(filed, key));
            }
            due.put(indexKey(next, key), key);
        }
        return stored;
    }

    /** Files an unchanged decision at its next re-check, writing nothing when that is where it is filed already. */
    void refile(String key, OpenDecision open, Instant now) {
        if (!nextRecheck(open, now).equals(open.recheckAt())) {
            put(key, open, now);
        }
    }

    void delete(String key) {
        OpenDecision before = decisions.get(key);
        if (before != null && before.recheckAt() != null) {
            due.delete(indexKey(before.recheckAt(), key));
        }
        decisions.delete(key);
    }

    /** The keys of one reader's decisions. */
    List<String> keysOf(String profileId) {
        List<String> keys = new ArrayList<>();
        try (var iterator = decisions.prefixScan(profileId + "/", KEYS)) {
            iterator.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }

    /** The keys of the decisions due at {@code now} or before, oldest first. */
    List<String> dueBy(Instant now) {
        List<String> keys = new ArrayList<>();
        // '0' sorts after '/': every key filed at this millisecond or earlier is below this bound.
        try (var iterator = due.range(String.format(MILLIS, 0), String.format(MILLIS, now.toEpochMilli()) + "0")) {
            iterator.forEachRemaining(kv -> keys.add(kv.value));
        }
        return keys;
    }

    /**
     * Files the decisions written before the index existed (no {@code recheckAt}) as due {@code now}: once per
     * store, which a marker in the index (sorting after every time) remembers. Returns how many it filed.
     */
    int indexUnfiled(Instant now) {
        if (due.get(INDEXED) != null) {
            return 0;
        }
        List<KeyValue<String, OpenDecision>> unfiled = new ArrayList<>();
        try (var all = decisions.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.recheckAt() == null) {
                    unfiled.add(kv);
                }
            });
        }
        for (var kv : unfiled) {
            decisions.put(kv.key, kv.value.filedAt(now));
            due.put(indexKey(now, kv.key), kv.key);
        }
        due.put(INDEXED, now.toString());
        return unfiled.size();
    }

    /**
     * The next moment wall-clock time can change this decision: for an open one the first of its hold's end, its
     * snooze's end and its window's close still ahead; for a closed one (or past all of those) the day it is forgotten.
     */
    static Instant nextRecheck(OpenDecision open, Instant now) {
        Recommendation published = open.published();
        Instant forget = forgetAt(published);
        if (open.closed()) {
            return forget;
        }
        return Stream.of(published.eligibleAt(), open.snoozedUntil(), published.window().closesAt())
                .filter(at -> at != null && at.isAfter(now))
                .min(Instant::compareTo)
                .orElse(forget);
    }

    static Instant forgetAt(Recommendation published) {
        return published.window().closesAt().plus(REMEMBER_AFTER_CLOSE);
    }

    private static String indexKey(Instant at, String key) {
        return String.format(MILLIS, Math.max(0, at.toEpochMilli())) + "/" + key;
    }
}
