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
 * respond-now with when they became so and their mentor: they are what the reader's digest shows to respond to, one
 * per mentor, and count against the daily budget until the reader acts on them or their window closes. Responses
 * carry the engagement id, so an engagement delivered twice counts once. Histories written before the mentors were
 * kept count each such post as a mentor of its own.
 */
public record ProfileHistory(List<Response> recent, Map<String, Instant> lastResponseByMentor,
                             Map<String, Instant> respondNowSince, Map<String, String> respondNowMentors) {
    /** Long enough for a rolling week and a "today" in any time zone. */
    static final Duration KEPT = Duration.ofDays(8);

    public record Response(String engagementId, String mentorId, Instant at) {}

    public ProfileHistory {
        recent = recent == null ? List.of() : List.copyOf(recent);
        lastResponseByMentor = lastResponseByMentor == null ? Map.of() : Map.copyOf(lastResponseByMentor);
        respondNowSince = respondNowSince == null ? Map.of() : Map.copyOf(respondNowSince);
        respondNowMentors = respondNowMentors == null ? Map.of() : Map.copyOf(respondNowMentors);
    }

    public ProfileHistory(List<Response> recent, Map<String, Instant> lastResponseByMentor,
                          Map<String, Instant> respondNowSince) {
        this(recent, lastResponseByMentor, respondNowSince, Map.of());
    }

    public static ProfileHistory empty() {
        return new ProfileHistory(List.of(), Map.of(), Map.of(), Map.of());
    }

    /** This history with a post of a mentor respond-now from {@code since} on, or (since null) no longer so. */
    public ProfileHistory withRespondNow(String postId, String mentorId, Instant since) {
        if (since == null ? !respondNowSince.containsKey(postId)
                : respondNowSince.containsKey(postId) && respondNowMentors.containsKey(postId)) {
            return this;
        }
        Map<String, Instant> planned = new HashMap<>(respondNowSince);
        Map<String, String> mentors = new HashMap<>(respondNowMentors);
        if (since == null) {
            planned.remove(postId);
            mentors.remove(postId);
        } else {
            planned.putIfAbsent(postId, since);
            mentors.put(postId, mentorId);
        }
        return new ProfileHistory(recent, lastResponseByMentor, planned, mentors);
    }

    /**
     * Mentors with a respond-now post open, other than this post's mentor: the rows of the digest's respond-now
     * section besides this post's (the digest shows one post per mentor).
     */
    public long respondNowMentorsBesides(String postId, String mentorId) {
        return respondNowSince.keySet().stream().filter(p -> !p.equals(postId))
                .map(p -> respondNowMentors.getOrDefault(p, "post:" + p))
                .filter(m -> !m.equals(mentorId)).distinct().count();
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
        return new ProfileHistory(kept, last, respondNowSince, respondNowMentors);
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
