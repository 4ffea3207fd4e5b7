package io.mentorfeed.processor.posts;

import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Post;
import io.mentorfeed.processor.mentors.MentorHabits;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entries in, posts out, each post exactly once per real revision: a repeat of an entry emits nothing, an edit of
 * its title, summary or content emits the post again with the next revision. The dedupe store is changelogged, so
 * this holds across restarts and task moves. Entries are keyed by mentor id, so one post always meets one store,
 * and one mentor's habits (rhythm, comment counts) are learnt in one place from each new post, and so are the
 * paragraphs the mentor's feed repeats in every post ({@link RecentParagraphs}, in a changelogged store keyed by
 * mentor id, bounded per mentor, restored from its changelog like the others): each post is read without the
 * blocks its predecessors also had, then remembered for the next.
 */
public final class PostBuilder implements Processor<String, IngestedEntry, String, Post> {
    private static final Logger log = LoggerFactory.getLogger(PostBuilder.class);

    private final String storeName;
    private final String habitsStore;
    private final String boilerplateStore;
    private final PostFactory factory;
    private ProcessorContext<String, Post> context;
    private KeyValueStore<String, PostSeen> seen;
    private KeyValueStore<String, MentorHabits> habits;
    private KeyValueStore<String, RecentParagraphs> recent;

    public PostBuilder(String storeName, String habitsStore, String boilerplateStore, PostFactory factory) {
        this.storeName = storeName;
        this.habitsStore = habitsStore;
        this.boilerplateStore = boilerplateStore;
        this.factory = factory;
    }

    @Override
    public void init(ProcessorContext<String, Post> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        this.habits = context.getStateStore(habitsStore);
        this.recent = context.getStateStore(boilerplateStore);
    }

    @Override
    public void process(Record<String, IngestedEntry> record) {
        IngestedEntry entry = record.value();
        if (entry == null) {
            log.debug("entry tombstone ignored mentor={}", record.key());
            return;
        }
        if (!entry.mentorId().equals(record.key())) {
            // Entries must be keyed by their mentor: one feed's entries in order, one post always in one store.
            throw new IllegalArgumentException("entry keyed by '" + record.key() + "' belongs to mentor '"
                    + entry.mentorId() + "'");
        }
        PostDraft draft = factory.read(entry);
        PostSeen before = seen.get(draft.postId());
        if (before != null && before.contentHash().equals(draft.contentHash())) {
            log.debug("entry repeat ignored mentor={} post={} revision={}", entry.mentorId(), draft.postId(),
                    before.revision());
            return;
        }
        int revision = before == null ? 1 : before.revision() + 1;
        RecentParagraphs feed = recent.get(entry.mentorId());
        feed = feed == null ? RecentParagraphs.none() : feed;
        Post post = factory.toPost(draft, revision, before == null ? entry.fetchedAt() : before.firstSeen(), feed);
        recent.put(entry.mentorId(), feed.with(post.id(), draft.body().paragraphs()));
        seen.put(post.id(), new PostSeen(post.contentHash(), revision, post.firstSeen()));
        if (revision == 1) {
            MentorHabits known = habits.get(post.mentorId());
            habits.put(post.mentorId(), (known == null ? MentorHabits.none() : known)
                    .withPost(post.publishedOrSeen(), post.commentCount()));
        }
        log.info("post {} mentor={} post={} revision={} signals={} entry=\"{}\"", revision == 1 ? "new" : "updated",
                post.mentorId(), post.id(), revision, post.signals().size(), entry.entry().id());
        context.forward(record.withKey(post.id()).withValue(post));
    }
}
