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

/**
 * The view the API's services hold for their whole life, in front of the {@link MaterializedView} currently served.
 * A rebuild fills a fresh view and {@link #swap swaps} it in whole: every call answers from a complete view, the old
 * or the new one, never from one half read, and no service needs to know a rebuild happened.
 */
final class ServedView implements ReadModelView {
    private volatile MaterializedView current;

    ServedView(MaterializedView initial) {
        this.current = initial;
    }

    MaterializedView current() {
        return current;
    }

    void swap(MaterializedView rebuilt) {
        current = rebuilt;
    }

    @Override
    public Optional<Profile> profile(String profileId) {
        return current.profile(profileId);
    }

    @Override
    public Optional<Mentor> mentor(String mentorId) {
        return current.mentor(mentorId);
    }

    @Override
    public Optional<PostCard> post(String postId) {
        return current.post(postId);
    }

    @Override
    public Collection<Recommendation> recommendationsFor(String profileId) {
        return current.recommendationsFor(profileId);
    }

    @Override
    public Collection<Mentor> mentors() {
        return current.mentors();
    }

    @Override
    public Collection<FeedState> feedStates() {
        return current.feedStates();
    }

    @Override
    public Optional<Engagement> engagement(String engagementId) {
        return current.engagement(engagementId);
    }

    @Override
    public List<Engagement> engagementsFor(String profileId) {
        return current.engagementsFor(profileId);
    }

    @Override
    public Collection<Profile> profiles() {
        return current.profiles();
    }

    @Override
    public Optional<String> versionOf(String profileId) {
        return current.versionOf(profileId);
    }

    @Override
    public Optional<SentDigest> sentDigest(String key) {
        return current.sentDigest(key);
    }
}
