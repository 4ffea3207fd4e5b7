package io.mentorfeed.api.view;

import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SentDigest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What the API's domain services read: the latest state of the compacted topics, safe to call from any thread. */
public interface ReadModelView {

    Optional<Profile> profile(String profileId);

    Optional<Mentor> mentor(String mentorId);

    /** The post as the API keeps it (what its answers show), by post id. */
    Optional<PostCard> post(String postId);

    /** Every current recommendation for the profile, closed ones included; empty when there is none. */
    Collection<Recommendation> recommendationsFor(String profileId);

    Collection<Mentor> mentors();

    /** Ingest's state of every feed, keyed by mentor id on its topic. */
    Collection<FeedState> feedStates();

    Optional<Engagement> engagement(String engagementId);

    /** The profile's engagements in the order they were written. */
    List<Engagement> engagementsFor(String profileId);

    /** Every profile; the email scheduler walks them. */
    default Collection<Profile> profiles() {
        return List.of();
    }

    /**
     * A token that changes whenever anything the profile's digest or reading list shows changes in the view (the
     * profile, its recommendations and engagements, their posts, the mentors); ask for it before reading what it
     * covers. Empty when the view cannot tell (then no validator is offered).
     */
    default Optional<String> versionOf(String profileId) {
        return Optional.empty();
    }

    /** The digest email claimed for "profileId/localDate" ({@link SentDigest#key()}), if any. */
    default Optional<SentDigest> sentDigest(String key) {
        return Optional.empty();
    }
}
