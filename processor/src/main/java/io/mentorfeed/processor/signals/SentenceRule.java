package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape the event, personal-news and announcement detectors share: the first sentence (title first, then the
 * body in order) that has a trigger word and, in the same sentence, the context that makes it real. The sentence is
 * the signal's evidence.
 */
final class SentenceRule {
    private static final int MAX_EVIDENCE_CHARS = 280;

    private final Signal.Kind kind;
    private final Pattern trigger;
    private final Pattern context;
    private final Pattern unless;

    SentenceRule(Signal.Kind kind, Pattern trigger, Pattern context) {
        this(kind, trigger, context, null);
    }

    /** A rule that does not hold in a sentence matching {@code unless}. */
    SentenceRule(Signal.Kind kind, Pattern trigger, Pattern context, Pattern unless) {
        this.kind = kind;
        this.trigger = trigger;
        this.context = context;
        this.unless = unless;
    }

    Optional<Signal> find(PostText post) {
        for (String sentence : post.titleSentences()) {
            if (matches(sentence)) {
                return Optional.of(signal(sentence));
            }
        }
        for (List<String> paragraph : post.paragraphSentences()) {
            for (String sentence : paragraph) {
                if (matches(sentence)) {
                    return Optional.of(signal(sentence));
                }
            }
        }
        return Optional.empty();
    }

    private boolean matches(String sentence) {
        return trigger.matcher(sentence).find() && context.matcher(sentence).find()
                && (unless == null || !unless.matcher(sentence).find());
    }

    private Signal signal(String sentence) {
        String evidence = sentence.length() <= MAX_EVIDENCE_CHARS ? sentence
                : sentence.substring(0, MAX_EVIDENCE_CHARS - 3).strip() + "...";
        return new Signal(kind, evidence);
    }

    static Pattern words(List<String> alternatives) {
        return Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
    }
}
