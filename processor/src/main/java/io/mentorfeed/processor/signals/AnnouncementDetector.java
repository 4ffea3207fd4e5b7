package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something the author launches: a book, a course, a product, an episode. Needs both the thing and a launch word in
 * one sentence ("My new book is out today", "Episode 42 is live"), so a post merely about books does not count.
 */
public final class AnnouncementDetector implements SignalDetector {
    private static final Pattern THING = SentenceRule.words(List.of("book", "course", "program", "product", "app",
            "episode", "podcast", "season", "newsletter", "album", "edition", "cohort", "masterclass", "ebook"));
    private static final Pattern LAUNCH = SentenceRule.words(List.of("launch\\w*", "announc\\w*", "is out",
            "out now", "out today", "is live", "now live", "just released", "released", "pre-?order\\w*",
            "available now", "now available", "enrol\\w*", "sign up", "registration", "my new", "our new",
            "new episode", "introducing", "ships"));

    private final SentenceRule rule = new SentenceRule(Signal.Kind.ANNOUNCEMENT, THING, LAUNCH);

    @Override
    public Optional<Signal> detect(PostText post) {
        return rule.find(post);
    }
}
