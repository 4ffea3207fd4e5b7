package io.mentorfeed.processor.mentors;

import io.mentorfeed.model.CommentThread;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Comment threads in (mentorfeed.comments, keyed by mentor id like mentorfeed.entries, so in the same task as the
 * mentor's posts), the mentor's reply habit out into the mentor-habits store. Emits nothing: the habit is read when
 * the mentor's next post is offered to readers.
 */
public final class CommentHabitsLearner implements Processor<String, CommentThread, Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(CommentHabitsLearner.class);

    private final String habitsStore;
    private final int recentThreads;
    private KeyValueStore<String, MentorHabits> habits;

    public CommentHabitsLearner(String habitsStore, int recentThreads) {
        this.habitsStore = habitsStore;
        this.recentThreads = recentThreads;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.habits = context.getStateStore(habitsStore);
    }

    @Override
    public void process(Record<String, CommentThread> record) {
        CommentThread thread = record.value();
        if (thread == null) {
            log.debug("comment thread tombstone ignored mentor={}", record.key());
            return;
        }
        if (!thread.mentorId().equals(record.key())) {
            // Keyed by another mentor, it would land in another mentor's task: a producer bug, not data to learn from.
            throw new IllegalArgumentException("comment thread keyed by '" + record.key() + "' belongs to mentor '"
                    + thread.mentorId() + "'");
        }
        MentorHabits known = habits.get(thread.mentorId());
        MentorHabits learnt = (known == null ? MentorHabits.none() : known).withThread(thread, recentThreads);
        habits.put(thread.mentorId(), learnt);
        ReplyHabit replies = learnt.replies();
        log.info("comment thread learnt mentor={} post={} commenters={} mentorReplies={} threads={} replyRate={}",
                thread.mentorId(), thread.postId(), thread.commenters(), thread.mentorReplies(), replies.threads(),
                String.format(java.util.Locale.ROOT, "%.2f", replies.replyRate()));
    }
}
