package io.mentorfeed.api.view;

import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SentDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The in-memory tables behind {@link ReadModelView}, keyed as on their topics. Written by one thread (the
 * {@link ReadModel}, or a test), read by many: every map is concurrent, and recommendations are also indexed by
 * profile so a digest never scans other readers' decisions.
 *
 * <p>Versions ({@link #versionOf}): every write takes the next number of this view's sequence and stamps what it
 * changed (the profile, or the post, or the mentors), after the change is in the tables; a reader asks for the
 * version before reading the tables. So a version can only be older than what is read after it, never newer:
 * a client that keeps a body under its version is told to fetch again at the next change, never kept on a stale
 * body.
 */
public final class MaterializedView implements ReadModelView {
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<String, Mentor> mentors = new ConcurrentHashMap<>();
    private final Map<String, PostCard> posts = new ConcurrentHashMap<>();
    private final Map<String, Recommendation> recommendations = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Recommendation>> recommendationsByProfile = new ConcurrentHashMap<>();
    private final Map<String, FeedState> feedStates = new ConcurrentHashMap<>();
    private final Map<String, Engagement> engagements = new ConcurrentHashMap<>();
    private final Map<String, HeldEngagements> engagementsByProfile = new ConcurrentHashMap<>();
    private final Map<String, SentDigest> sentDigests = new ConcurrentHashMap<>();
    /** A rebuilt view numbers its writes anew: its versions must not match those of the view it replaces. */
    private final long epoch = ThreadLocalRandom.current().nextLong() >>> 1;
    private long sequence;
    private final Map<String, Long> profileStamps = new ConcurrentHashMap<>();
    private final Map<String, Long> postStamps = new ConcurrentHashMap<>();
    private volatile long mentorsStamp;

    @Override
    public Optional<Profile> profile(String profileId) {
        return Optional.ofNullable(profiles.get(profileId));
    }

    @Override
    public Optional<Mentor> mentor(String mentorId) {
        return Optional.ofNullable(mentors.get(mentorId));
    }

    @Override
    public Optional<PostCard> post(String postId) {
        return Optional.ofNullable(posts.get(postId));
    }

    @Override
    public Collection<Recommendation> recommendationsFor(String profileId) {
        Map<String, Recommendation> forProfile = recommendationsByProfile.get(profileId);
        return forProfile == null ? List.of() : List.copyOf(forProfile.values());
    }

    @Override
    public Collection<Mentor> mentors() {
        return List.copyOf(mentors.values());
    }

    @Override
    public Collection<FeedState> feedStates() {
        return List.copyOf(feedStates.values());
    }

    @Override
    public Optional<Engagement> engagement(String engagementId) {
        return Optional.ofNullable(engagements.get(engagementId));
    }

    @Override
    public List<Engagement> engagementsFor(String profileId) {
        HeldEngagements forProfile = engagementsByProfile.get(profileId);
        return forProfile == null ? List.of() : forProfile.list();
    }

    @Override
    public Collection<Profile> profiles() {
        return List.copyOf(profiles.values());
    }

    @Override
    public Optional<SentDigest> sentDigest(String key) {
        return Optional.ofNullable(sentDigests.get(key));
    }

    /**
     * The profile's version: changes whenever its profile, one of its recommendations or engagements, a post one
     * of its recommendations is about, or any mentor changes; empty for a profile the view does not hold.
     */
    @Override
    public Optional<String> versionOf(String profileId) {
        Long own = profileStamps.get(profileId);
        if (own == null) {
            return Optional.empty();
        }
        long posts = 0;
        Map<String, Recommendation> forProfile = recommendationsByProfile.get(profileId);
        if (forProfile != null) {
            for (Recommendation recommendation : forProfile.values()) {
                Long stamp = postStamps.get(recommendation.postId());
                posts = stamp != null && stamp > posts ? stamp : posts;
            }
        }
        return Optional.of(Long.toHexString(epoch) + "-" + own + "-" + posts + "-" + mentorsStamp);
    }

    public void putSentDigest(String key, SentDigest sentDigest) {
        putOrRemove(sentDigests, key, sentDigest);
    }

    public void putFeedState(String key, FeedState state) {
        putOrRemove(feedStates, key, state);
    }

    /**
     * Adds an engagement (the topic is a log, not a table) to what the view keeps of the reader's
     * ({@link HeldEngagements}: the latest per post, and the last day's), forgetting those it makes unneeded. The
     * first record of an id wins while the id is held: a retry written by another API instance with the same
     * idempotency key changes nothing.
     */
    public void addEngagement(String key, Engagement engagement) {
        if (engagement == null || engagements.putIfAbsent(engagement.id(), engagement) != null) {
            return;
        }
        HeldEngagements forProfile = engagementsByProfile.computeIfAbsent(engagement.profileId(),
                id -> new HeldEngagements());
        forProfile.add(engagement).forEach(engagements::remove);
        stamp(engagement.profileId());
    }

    /** Puts a profile, or removes it when {@code profile} is null (a tombstone). */
    public void putProfile(String key, Profile profile) {
        putOrRemove(profiles, key, profile);
        stamp(key);
    }

    public void putMentor(String key, Mentor mentor) {
        putOrRemove(mentors, key, mentor);
        mentorsStamp = ++sequence;
    }

    /**
     * Puts a post's card ({@link PostCard}: what the API shows of it, not the whole post), or removes it on a
     * tombstone; either way its stamp moves (a removal changes what is shown).
     */
    public void putPost(String key, Post post) {
        putOrRemove(posts, key, post == null ? null : PostCard.of(post));
        postStamps.put(key, ++sequence);
    }

    /** Puts a recommendation under its topic key, or removes it when {@code recommendation} is null. */
    public void putRecommendation(String key, Recommendation recommendation) {
        Recommendation previous = recommendation == null
                ? recommendations.remove(key) : recommendations.put(key, recommendation);
        if (previous != null) {
            Map<String, Recommendation> forProfile = recommendationsByProfile.get(previous.profileId());
            if (forProfile != null) {
                forProfile.remove(key);
            }
            stamp(previous.profileId());
        }
        if (recommendation != null) {
            recommendationsByProfile.computeIfAbsent(recommendation.profileId(), id -> new ConcurrentHashMap<>())
                    .put(key, recommendation);
            stamp(recommendation.profileId());
        }
    }

    /** After the change is in the tables (see the class comment). */
    private void stamp(String profileId) {
        profileStamps.put(profileId, ++sequence);
    }

    public int size() {
        return profiles.size() + mentors.size() + posts.size() + recommendations.size() + feedStates.size()
                + engagements.size() + sentDigests.size();
    }

    private static <V> void putOrRemove(Map<String, V> table, String key, V value) {
        if (value == null) {
            table.remove(key);
        } else {
            table.put(key, value);
        }
    }
}
