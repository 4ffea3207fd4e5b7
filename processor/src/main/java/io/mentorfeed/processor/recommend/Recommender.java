package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each post it is given (a new post or a new revision, never a repeat), one recommendation per profile that
 * follows the post's mentor. Profiles and mentors come from global stores, so every task sees all of them.
 */
public final class Recommender implements Processor<String, Post, String, Recommendation> {
    private static final Logger log = LoggerFactory.getLogger(Recommender.class);

    private final String mentorsStore;
    private final String profilesStore;
    private final RecommendationPolicy policy;
    private ProcessorContext<String, Recommendation> context;
    private KeyValueStore<String, Mentor> mentors;
    private KeyValueStore<String, Profile> profiles;

    public Recommender(String mentorsStore, String profilesStore, RecommendationPolicy policy) {
        this.mentorsStore = mentorsStore;
        this.profilesStore = profilesStore;
        this.policy = policy;
    }

    @Override
    public void init(ProcessorContext<String, Recommendation> context) {
        this.context = context;
        this.mentors = context.getStateStore(mentorsStore);
        this.profiles = context.getStateStore(profilesStore);
    }

    @Override
    public void process(Record<String, Post> record) {
        Post post = record.value();
        MentorRef mentor = MentorRef.of(post.mentorId(), mentors.get(post.mentorId()));
        // Wall-clock time: "is this still fresh?" is about now, not about when the record was written.
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        int decided = 0;
        try (var all = profiles.all()) {
            while (all.hasNext()) {
                Profile profile = all.next().value;
                if (profile != null && profile.follows(post.mentorId())) {
                    Recommendation recommendation = policy.decide(post, profile, mentor, now);
                    context.forward(record.withKey(recommendation.key()).withValue(recommendation));
                    decided++;
                    log.debug("recommendation profile={} post={} action={} score={}", profile.id(), post.id(),
                            recommendation.action().wireName(), recommendation.score());
                }
            }
        }
        log.info("post decided post={} mentor={} revision={} profiles={} mentorKnown={}", post.id(), post.mentorId(),
                post.revision(), decided, mentors.get(post.mentorId()) != null);
    }
}
