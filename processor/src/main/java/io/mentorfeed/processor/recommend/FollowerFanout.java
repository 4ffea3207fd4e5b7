package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.processor.mentors.MentorHabits;
import io.mentorfeed.processor.tables.ProfileDirectory;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each post it is given (a new post or a new revision, never a repeat), one {@link Candidate} per profile that
 * follows the post's mentor, re-keyed by profile id: the decision needs that profile's relationship state, which
 * lives with the profile's partition. The followers come from the {@link ProfileDirectory}'s mentor -> followers
 * index and the mentors from a global store, so every task sees all of them and a post costs its followers, not the
 * number of readers.
 */
public final class FollowerFanout implements Processor<String, Post, String, Candidate> {
    private static final Logger log = LoggerFactory.getLogger(FollowerFanout.class);

    private final String mentorsStore;
    private final String directoryStore;
    private final String habitsStore;
    private final InterestMatcher interests;
    private ProcessorContext<String, Candidate> context;
    private KeyValueStore<String, Mentor> mentors;
    private ProfileDirectory directory;
    private KeyValueStore<String, MentorHabits> habits;

    public FollowerFanout(String mentorsStore, String directoryStore, String habitsStore, InterestMatcher interests) {
        this.mentorsStore = mentorsStore;
        this.directoryStore = directoryStore;
        this.habitsStore = habitsStore;
        this.interests = interests;
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
        this.mentors = context.getStateStore(mentorsStore);
        this.directory = new ProfileDirectory(context.getStateStore(directoryStore));
        this.habits = context.getStateStore(habitsStore);
    }

    @Override
    public void process(Record<String, Post> record) {
        Post post = record.value();
        Mentor known = mentors.get(post.mentorId());
        MentorRef mentor = MentorRef.of(post.mentorId(), known);
        MentorHabits habitsOfMentor = habits.get(post.mentorId());
        int[] followers = {0};
        var matcher = interests.forPost(post);
        directory.forEachFollower(post.mentorId(), follower -> {
            var candidate = Candidate.of(follower.profileId(), post, mentor, matcher.matches(follower.interests()),
                    habitsOfMentor);
            context.forward(record.withKey(follower.profileId()).withValue(candidate));
            followers[0]++;
        });
        log.info("post offered post={} mentor={} revision={} followers={} mentorKnown={}", post.id(), post.mentorId(),
                post.revision(), followers[0], known != null);
    }
}
