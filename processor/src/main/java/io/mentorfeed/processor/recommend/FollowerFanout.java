package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.processor.mentors.MentorHabits;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each post it is given (a new post or a new revision, never a repeat), one {@link Candidate} per profile that
 * follows the post's mentor, re-keyed by profile id: the decision needs that profile's relationship state, which
 * lives with the profile's partition. Profiles and mentors come from global stores, so every task sees all of them.
 */
public final class FollowerFanout implements Processor<String, Post, String, Candidate> {
    private static final Logger log = LoggerFactory.getLogger(FollowerFanout.class);

    private final String mentorsStore;
    private final String profilesStore;
    private final String habitsStore;
    private final InterestMatcher interests;
    private ProcessorContext<String, Candidate> context;
    private KeyValueStore<String, Mentor> mentors;
    private KeyValueStore<String, Profile> profiles;
    private KeyValueStore<String, MentorHabits> habits;

    public FollowerFanout(String mentorsStore, String profilesStore, String habitsStore, InterestMatcher interests) {
        this.mentorsStore = mentorsStore;
        this.profilesStore = profilesStore;
        this.habitsStore = habitsStore;
        this.interests = interests;
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
        this.mentors = context.getStateStore(mentorsStore);
        this.profiles = context.getStateStore(profilesStore);
        this.habits = context.getStateStore(habitsStore);
    }

    @Override
    public void process(Record<String, Post> record) {
        Post post = record.value();
        Mentor known = mentors.get(post.mentorId());
        MentorRef mentor = MentorRef.of(post.mentorId(), known);
        MentorHabits habitsOfMentor = habits.get(post.mentorId());
        int followers = 0;
        var matcher = interests.forPost(post);
        try (var all = profiles.all()) {
            while (all.hasNext()) {
                Profile profile = all.next().value;
                if (profile != null && profile.follows(post.mentorId())) {
                    var candidate = Candidate.of(profile.id(), post, mentor,
                            matcher.matches(profile.interests()), habitsOfMentor);
                    context.forward(record.withKey(profile.id()).withValue(candidate));
                    followers++;
                }
            }
        }
        log.info("post offered post={} mentor={} revision={} followers={} mentorKnown={}", post.id(), post.mentorId(),
                post.revision(), followers, known != null);
    }
}
