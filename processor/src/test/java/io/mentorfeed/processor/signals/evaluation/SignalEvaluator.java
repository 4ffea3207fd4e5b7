package io.mentorfeed.processor.signals.evaluation;

import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.ProcessorConfig;
import io.mentorfeed.processor.posts.PostFactory;
import io.mentorfeed.processor.posts.RecentParagraphs;
import io.mentorfeed.processor.posts.TextExtractor;
import io.mentorfeed.processor.signals.SignalDetectors;
import io.mentorfeed.processor.tags.LanguageDetector;
import io.mentorfeed.processor.tags.Stemmer;
import io.mentorfeed.processor.tags.TopicTagger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the labelled posts through the processor's own post reading (the {@link PostFactory} the topology uses),
 * one feed at a time in publication order as the topology sees them, each feed's recent paragraphs remembered as
 * PostBuilder remembers them, and compares each signal with its label.
 */
public final class SignalEvaluator {
    private final PostFactory factory = new PostFactory(new TextExtractor(), SignalDetectors.standard(),
            new TopicTagger(new Stemmer(), ProcessorConfig.defaults().taxonomy()), new LanguageDetector(), 230);

    public SetEvaluation evaluate(List<LabelledPost> posts) {
        Map<String, List<LabelledPost>> byFeed = new LinkedHashMap<>();
        for (LabelledPost post : posts) {
            byFeed.computeIfAbsent(post.feed(), f -> new ArrayList<>()).add(post);
        }
        Map<String, Post> read = new LinkedHashMap<>();
        for (List<LabelledPost> feed : byFeed.values()) {
            RecentParagraphs recent = RecentParagraphs.none();
            for (LabelledPost post : feed.stream().sorted(Comparator.comparing(LabelledPost::published)).toList()) {
                var draft = factory.read(post.toEntry());
                Post read1 = factory.toPost(draft, 1, post.published(), recent);
                recent = recent.with(read1.id(), draft.body().paragraphs());
                read.put(post.id(), read1);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (LabelledPost post : posts) {
            for (Signal.Kind kind : Signal.Kind.values()) {
                outcomes.add(new Outcome(post, kind, read.get(post.id()).signals().stream()
                        .filter(s -> s.kind() == kind).findFirst()));
            }
        }
        return new SetEvaluation(outcomes);
    }
}
