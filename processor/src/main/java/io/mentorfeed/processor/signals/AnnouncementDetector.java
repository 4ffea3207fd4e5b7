package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something the author launches: a book, a course, a product, a season, a free resource. Needs both the thing and a
 * launch word in one sentence ("My new book is out today", "Season 4 starts today", "pre-orders open today"), so a
 * post merely about books does not count, nor a friend's launch ("my friend's novel is out"). A call to sign up
 * or register is not a launch. English only.
 */
public final class AnnouncementDetector implements SignalDetector {
    private static final Pattern THING = SentenceRule.words(List.of("book", "course", "program", "programme",
            "product", "app", "episode", "podcast", "season", "newsletter", "album", "edition", "cohort",
            "masterclass", "ebook", "novel", "planner", "template", "guide", "toolkit", "workbook", "collection",
            "series"));
    private static final Pattern LAUNCH = SentenceRule.words(List.of("launch\\w*", "announc\\w*", "is out",
            "out now", "out today", "out on \\d+", "comes out", "is live", "now live", "just released", "released",
            "pre-?order\\w*( (are|is))? open", "pre-?order\\w*", "available now", "now available", "enrol\\w*",
            "my new", "our new", "new episode", "introducing", "ships", "opens?( for \\w+)? (today|now|on \\w+)",
            "open today", "starts? (today|now)", "is here", "finally (real|here|out)", "free to (copy|download)"));
    private static final Pattern SOMEONE_ELSES = Pattern.compile("\\bmy (former |old |dear )?(friend|client"
            + "|colleague|student|guest)('s|s'|s)?\\b", Pattern.CASE_INSENSITIVE);

    private final SentenceRule rule = new SentenceRule(Signal.Kind.ANNOUNCEMENT, THING, LAUNCH, SOMEONE_ELSES);

    @Override
    public Optional<Signal> detect(PostText post) {
        return rule.find(post);
    }
}
