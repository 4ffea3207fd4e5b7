package io.mentorfeed.api.digest;

import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.api.view.PostCard;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.WebLinks;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a recommendation into a digest item, filling title, link and date from the post (its latest revision) and
 * the mentor's name from the mentor when the read model has them, since the recommendation holds a snapshot. The
 * link is the feed's and so untrusted: only an http(s) one is kept, since every client renders it as a link.
 */
public final class DigestItems {
    private final ReadModelView view;

    public DigestItems(ReadModelView view) {
        this.view = view;
    }

    public DigestItem itemFor(Recommendation recommendation) {
        Optional<PostCard> post = view.post(recommendation.postId());
        String mentorId = post.map(PostCard::mentorId).orElse(recommendation.mentorId());
        String mentorName = Optional.ofNullable(mentorId).flatMap(view::mentor).map(Mentor::name)
                .orElse(firstNonNull(recommendation.mentorName(), mentorId));
        Instant published = post.map(PostCard::publishedOrSeen)
                .orElse(firstNonNull(recommendation.published(), recommendation.window().opensAt()));
        return new DigestItem(recommendation.postId(),
                new DigestItem.MentorRef(mentorId, mentorName),
                post.map(PostCard::title).orElse(recommendation.title()),
                WebLinks.clickable(post.map(PostCard::link).orElse(recommendation.link())),
                published,
                recommendation.action(),
                recommendation.window(),
                recommendation.eligibleAt(),
                recommendation.score(),
                recommendation.reasons(),
                recommendation.tags(),
                recommendation.eventDate(),
                recommendation.eventPlace());
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
