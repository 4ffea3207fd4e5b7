package io.mentorfeed.processor.relationship;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import io.mentorfeed.processor.recommend.Candidate;
import io.mentorfeed.processor.recommend.RecommendationPolicy;
import io.mentorfeed.processor.tables.ProfileDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-profile half of the processor, fed by candidates and engagements that are both keyed by profile id (so one
 * reader's state lives in one task): decides each candidate with the reader's history, applies engagements (a
 * response counts against caps and budget; an acted-on recommendation is closed; a snooze holds it), re-decides the
 * reader's open recommendations after each change and, on wall-clock time, whenever a window or a hold moves on.
 * A decision is published again only when its action, eligibleAt or closed state changes. How late the wall-clock
 * re-decision runs is a gauge: a busy stream thread delays it, and with it every hold that should have ended.
 */
public final class ProfileDecider implements Processor<String, ProfileEvent, String, Recommendation> {
    private static final Logger log = LoggerFactory.getLogger(ProfileDecider.class);
    private final String decisionsStore;
    private final String dueStore;
    private final String historyStore;
    private final String directoryStore;
    private final RecommendationPolicy policy;
    private final Duration recheckEvery;
    private final ProcessorMetrics metrics;
    private long lastRecheckMs;
    private ProcessorContext<String, Recommendation> context;
    private OpenDecisions decisions;
    private boolean indexChecked;
    private ProfileHistories histories;
    private ProfileDirectory directory;

    public ProfileDecider(String decisionsStore, String dueStore, String historyStore, String directoryStore,
                          RecommendationPolicy policy, Duration recheckEvery, ProcessorMetrics metrics) {
        this.decisionsStore = decisionsStore;
        this.dueStore = dueStore;
        this.historyStore = historyStore;
        this.directoryStore = directoryStore;
        this.policy = policy;
        this.recheckEvery = recheckEvery;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Recommendation> context) {
        this.context = context;
        this.decisions = new OpenDecisions(context.getStateStore(decisionsStore), context.getStateStore(dueStore));
        this.histories = new ProfileHistories(context.getStateStore(historyStore));
        this.directory = new ProfileDirectory(context.getStateStore(directoryStore));
        lastRecheckMs = context.currentSystemTimeMs();
        context.schedule(recheckEvery, PunctuationType.WALL_CLOCK_TIME, this::recheckDue);
    }

    @Override
    public void process(Record<String, ProfileEvent> record) {
        ProfileEvent event = record.value();
        if (event == null) {
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (event.candidate() != null) {
            offer(event.candidate(), now);
        } else if (event.engagement() != null) {
            if (!event.engagement().profileId().equals(record.key())) {
                // Keyed by another profile, it would be applied to the wrong reader's state.
                throw new IllegalArgumentException("engagement keyed by '" + record.key() + "' is for profile '"
                        + event.engagement().profileId() + "'");
            }
            apply(event.engagement(), now);
        }
    }

    private void offer(Candidate candidate, Instant now) {
        String key = Recommendation.key(candidate.profileId(), candidate.postId());
        OpenDecision before = decisions.get(key);
        if (before != null && before.closed()) {
            log.debug("revision of a closed recommendation ignored profile={} post={} mentor={} revision={}",
                    candidate.profileId(), candidate.postId(), candidate.mentorId(), candidate.revision());
            return;
        }
        var open = before == null ? new OpenDecision(candidate, null, null)
                : new OpenDecision(candidate, before.snoozedUntil(), before.published(), before.recheckAt());
        Recommendation decision = decide(open, now);
        // A new post or a new revision is always published: its title or signals may have changed.
        publish(key, open.with(decision), now);
        if (wasRespondNow(before) && decision.action() != Action.RESPOND_NOW) {
            recheckProfile(candidate.profileId(), key, now); // a slot of today's budget came free
        }
    }

    private void apply(Engagement engagement, Instant now) {
        if (engagement.kind().isStar()) {
            return; // a bookmark (a feed reader's star): the decision stays as it is
        }
        String profileId = engagement.profileId();
        String key = Recommendation.key(profileId, engagement.postId());
        OpenDecision open = decisions.get(key);
        String mentorId = engagement.mentorId() != null ? engagement.mentorId()
                : open == null ? null : open.candidate().mentorId();
        ProfileHistory history = historyOf(profileId);
        if (engagement.kind() == Engagement.Kind.COMMENTED && mentorId != null && !history.contains(engagement.id())) {
            histories.put(profileId, history.withResponse(
                    new ProfileHistory.Response(engagement.id(), mentorId, engagement.at()), now));
        }
        log.info("engagement applied profile={} post={} mentor={} kind={} known={}", profileId, engagement.postId(),
                mentorId, engagement.kind().wireName(), open != null);
        if (open != null && !open.closed()) {
            if (engagement.kind() == Engagement.Kind.SNOOZED) {
                var snoozed = new OpenDecision(open.candidate(), engagement.until(), open.published(),
                        open.recheckAt());
                OpenDecision kept = decisions.put(key, snoozed, now); // kept even if the decision stays
                publishIfChanged(key, kept, decide(kept, now), now);
            } else {
                publish(key, open.closedBy(engagement, now), now);
            }
        }
        recheckProfile(profileId, key, now);
    }

    /** The reader's other open decisions, after something changed their caps, budget or plans. */
    private void recheckProfile(String profileId, String except, Instant now) {
        List<String> keys = decisions.keysOf(profileId);
        keys.remove(except);
        recheck(keys, now);
    }

    /**
     * Wall-clock time: holds end, windows close, and old decisions are forgotten; only the decisions the time index
     * says are due are read. A reader whose respond-now post left the digest gets the rest of theirs decided again:
     * a slot of the day's budget came free.
     */
    private void recheckDue(long wallClockMs) {
        long plannedMs = lastRecheckMs + recheckEvery.toMillis();
        lastRecheckMs = wallClockMs;
        metrics.punctuationLag(Duration.ofMillis(wallClockMs - plannedMs));
        Instant now = Instant.ofEpochMilli(wallClockMs);
        if (!indexChecked) {
            indexChecked = true;
            int filed = decisions.indexUnfiled(now);
            if (filed > 0) {
                log.info("decisions filed in the time index count={}", filed);
            }
        }
        List<String> keys = decisions.dueBy(now);
        Set<String> freed = new LinkedHashSet<>();
        int forgotten = recheck(keys, now, freed);
        for (String profileId : freed) {
            recheck(decisions.keysOf(profileId), now, new LinkedHashSet<>());
        }
        metrics.rechecked(keys.size());
        if (forgotten > 0) {
            log.info("old decisions forgotten count={}", forgotten);
        }
    }

    private void recheck(List<String> keys, Instant now) {
        recheck(keys, now, new LinkedHashSet<>());
    }

    /**
     * Decides the open ones again, publishing what changed and filing each at its next re-check; forgets those long
     * past their window. Adds to {@code freed} the readers of respond-now decisions that are no longer so.
     */
    private int recheck(List<String> keys, Instant now, Set<String> freed) {
        int forgotten = 0;
        for (String key : keys) {
            OpenDecision open = decisions.get(key);
            if (open == null) {
                continue;
            }
            if (OpenDecisions.forgetAt(open.published()).isBefore(now)) {
                decisions.delete(key);
                // Normally long read by now; after a long outage it may still count as a respond-now row.
                ProfileHistory history = historyOf(open.candidate().profileId());
                ProfileHistory without = history.withRespondNow(open.candidate().postId(), null, null);
                if (without != history) {
                    histories.put(open.candidate().profileId(), without);
                }
                forgotten++;
            } else if (!open.closed()) {
                Recommendation decision = decide(open, now);
                if (wasRespondNow(open) && decision.action() != Action.RESPOND_NOW) {
                    freed.add(open.candidate().profileId());
                }
                publishIfChanged(key, open, decision, now);
            } else {
                decisions.refile(key, open, now); // closed: filed at the day it is forgotten
            }
        }
        return forgotten;
    }

    private Recommendation decide(OpenDecision open, Instant now) {
        String profileId = open.candidate().profileId();
        Profile profile = directory.profile(profileId);
        ZoneId zone = profile == null ? ZoneId.of("UTC") : profile.timeZone();
        ProfileHistory history = historyOf(profileId);
        var ctx = new RecommendationPolicy.Context(history, zone,
                history.respondNowMentorsBesides(open.candidate().postId(), open.candidate().mentorId()),
                open.snoozedUntil(), now);
        return policy.decide(open.candidate(), ctx);
    }

    private void publishIfChanged(String key, OpenDecision open, Recommendation decision, Instant now) {
        Recommendation before = open.published();
        if (before != null && before.action() == decision.action()
                && Objects.equals(before.eligibleAt(), decision.eligibleAt())) {
            decisions.refile(key, open, now);
            return;
        }
        publish(key, open.with(decision), now);
    }

    private void publish(String key, OpenDecision open, Instant now) {
        decisions.put(key, open, now);
        Recommendation r = open.published();
        ProfileHistory history = historyOf(r.profileId());
        boolean respondNow = r.action() == Action.RESPOND_NOW && !r.closed();
        ProfileHistory planned = history.withRespondNow(r.postId(), r.mentorId(), respondNow ? now : null);
        if (planned != history) {
            histories.put(r.profileId(), planned);
        }
        log.debug("recommendation profile={} post={} mentor={} action={} eligibleAt={} closed={}", r.profileId(),
                r.postId(), r.mentorId(), r.action().wireName(), r.eligibleAt(), r.closed());
        context.forward(new Record<>(key, r, now.toEpochMilli()));
    }

    private static boolean wasRespondNow(OpenDecision before) {
        return before != null && before.published() != null && before.published().action() == Action.RESPOND_NOW;
    }

    private ProfileHistory historyOf(String profileId) {
        return histories.of(profileId);
    }
}
