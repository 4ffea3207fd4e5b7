package io.mentorfeed.api.engagements;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.digest.UnknownProfileException;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Ids;
import io.mentorfeed.api.view.PostCard;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Records the reader's actions on {@code mentorfeed.engagements}, keyed by profile id.
 *
 * <p>Idempotency holds across API instances: the engagement id is derived from (profile id, Idempotency-Key), and
 * every instance's read model remembers the engagements on the topic. A retry, to this or another instance, finds
 * the id and gets the first answer back; the same key with a different body is refused (422). Until this
 * instance's read model has read its own write back, the answer is also kept here.
 */
public final class EngagementService {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Duration MAX_SNOOZE = Duration.ofDays(366);

    private final ReadModelView view;
    private final Writer writer;
    private final Map<String, Engagement> writtenHere = new ConcurrentHashMap<>();

    public EngagementService(ReadModelView view, Writer writer) {
        this.view = view;
        this.writer = writer;
    }

    public List<Engagement> history(String profileId) {
        requireProfile(profileId);
        return view.engagementsFor(profileId);
    }

    public RecordedEngagement record(String profileId, EngagementRequest request, String idempotencyKey, Instant now) {
        requireProfile(profileId);
        Engagement wanted = validate(profileId, request, idempotencyKey, now);
        Optional<Engagement> earlier = view.engagement(wanted.id()).or(() -> Optional.ofNullable(
                writtenHere.get(wanted.id())));
        if (earlier.isPresent()) {
            if (!sameAction(earlier.get(), wanted)) {
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "Idempotency-Key '" + idempotencyKey
                        + "' was already used for a different engagement");
            }
            return new RecordedEngagement(earlier.get(), false);
        }
        writer.write(Topics.ENGAGEMENTS, profileId, wanted);
        if (idempotencyKey != null) {
            writtenHere.put(wanted.id(), wanted);
            writtenHere.keySet().removeIf(id -> view.engagement(id).isPresent());
        }
        return new RecordedEngagement(wanted, true);
    }

    /** The engagement id for a key: the same on every instance, so a retry anywhere maps to the same record. */
    static String idFor(String profileId, String idempotencyKey) {
        return idempotencyKey == null ? "eng-" + UUID.randomUUID()
                : "eng-" + Ids.sha256Hex(profileId + "\n" + idempotencyKey).substring(0, 32);
    }

    private Engagement validate(String profileId, EngagementRequest request, String key, Instant now) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw Rejection.invalid("Header 'Idempotency-Key' must be 1 to 200 visible ASCII characters");
        }
        if (request == null || request.postId() == null || request.postId().isBlank()) {
            throw Rejection.invalid("Field 'postId' is required");
        }
        if (request.kind() == null) {
            throw Rejection.invalid("Field 'kind' is required: one of commented, skipped, read, snoozed, starred, unstarred");
        }
        Engagement.Kind kind;
        try {
            kind = Engagement.Kind.fromWire(request.kind());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("Field 'kind' must be one of commented, skipped, read, snoozed, starred, unstarred");
        }
        if (kind == Engagement.Kind.SNOOZED) {
            if (request.until() == null || !request.until().isAfter(now) || request.until().isAfter(now.plus(MAX_SNOOZE))) {
                throw Rejection.invalid("Field 'until' must be an instant in the next 366 days for a snooze");
            }
        } else if (request.until() != null) {
            throw Rejection.invalid("Field 'until' is only allowed when kind is snoozed");
        }
        String mentorId = mentorOf(profileId, request.postId());
        return new Engagement(idFor(profileId, key), profileId, request.postId(), mentorId, kind, now,
                request.until());
    }

    /** The post must be one the reader was shown (a recommendation) or at least a known post. */
    private String mentorOf(String profileId, String postId) {
        Optional<String> fromPost = view.post(postId).map(PostCard::mentorId);
        Optional<String> fromRecommendation = view.recommendationsFor(profileId).stream()
                .filter(r -> r.postId().equals(postId)).map(Recommendation::mentorId).findFirst();
        return fromPost.or(() -> fromRecommendation)
                .orElseThrow(() -> Rejection.invalid("Field 'postId': no post '" + postId + "'"));
    }

    private static boolean sameAction(Engagement a, Engagement b) {
        return a.postId().equals(b.postId()) && a.kind() == b.kind() && java.util.Objects.equals(a.until(), b.until());
    }

    private void requireProfile(String profileId) {
        if (view.profile(profileId).isEmpty()) {
            throw new UnknownProfileException(profileId);
        }
    }
}
