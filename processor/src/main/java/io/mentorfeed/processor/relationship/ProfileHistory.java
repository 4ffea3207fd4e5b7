package io.mentorfeed.processor.relationship;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one reader did lately, kept per profile: the responses of the last week (for the weekly cap, the gap and the
 * daily budget), the last response ever to each mentor (for "neglected" mentors), and the posts currently
 * respond-now with when they became so (they count against today's budget). Responses carry the engagement id, so
 * an engagement delivered twice counts once.
 */
public record ProfileHistory(List<Response> recent, Map<String, Instant> lastResponseByMentor,
                             Map<String, Instant> respondNowSince) {
    /** Long enough for a rolling week and a "today" in any time zone. */
    static final Duration KEPT = Duration.ofDays(8);

    public record Response(String engagementId, String mentorId, Instant at) {}

    public ProfileHistory {
        recent = recent == null ? List.of() : List.copyOf(recent);
        lastResponseByMentor = lastResponseByMentor == null ? Map.of() : Map.copyOf(lastResponseByMentor);
        respondNowSince = respondNowSince == null ? Map.of() : Map.copyOf(respondNowSince);
    }

    public static ProfileHistory empty() {
        return new ProfileHistory(List.of(), Map.of(), Map.of());
    }

    /** This history with a post respond-now from {@code since} on, or (since null) no longer respond-now. */
    public ProfileHistory withRespondNow(String postId, Instant since) {
        if (since == null ? !respondNowSince.containsKey(postId) : respondNowSince.containsKey(postId)) {
            return this;
        }
        Map<String, Instant> planned = new HashMap<>(respondNowSince);
        if (since == null) {
            planned.remove(postId);
        } else {
            planned.put(postId, since);
        }
        return new ProfileHistory(recent, lastResponseByMentor, planned);
    }

    /** Posts other than this one that became respond-now since {@code since}: today's plans. */
    public long respondNowSince(Instant since, String exceptPostId) {
        return respondNowSince.entrySet().stream()
                .filter(e -> !e.getKey().equals(exceptPostId) && !e.getValue().isBefore(since)).count();
    }

    public boolean contains(String engagementId) {
        return recent.stream().anyMatch(r -> r.engagementId().equals(engagementId));
    }

    /** This history with one more response, and responses older than a week and a day dropped. */
    public ProfileHistory withResponse(Response response, Instant now) {
        List<Response> kept = new ArrayList<>();
        for (Response r : recent) {
            if (r.at().isAfter(now.minus(KEPT))) {
                kept.add(r);
            }
        }
        kept.add(response);
        Map<String, Instant> last = new HashMap<>(lastResponseByMentor);
        last.merge(response.mentorId(), response.at(), (a, b) -> a.isAfter(b) ? a : b);
        return new ProfileHistory(kept, last, respondNowSince);
    }

    /** Responses to one mentor in (now - span, now], oldest first. */
    public List<Instant> responsesTo(String mentorId, Instant since) {
        return recent.stream().filter(r -> r.mentorId().equals(mentorId) && r.at().isAfter(since))
                .map(Response::at).sorted().toList();
    }

    public long responsesSince(Instant since) {
        return recent.stream().filter(r -> !r.at().isBefore(since)).count();
    }

    public Optional<Instant> lastResponseTo(String mentorId) {
        return Optional.ofNullable(lastResponseByMentor.get(mentorId));
    }
}
