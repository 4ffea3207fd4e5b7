package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal news the author shares about themselves: health, family, a new job, a loss, a milestone. It must be told
 * in the first person ("my father passed away", "we had a baby", "I'm joining Acme"): the same words about others
 * are reporting, not news to answer with support or congratulations.
 */
public final class PersonalNewsDetector implements SignalDetector {
    private static final Pattern NEWS = SentenceRule.words(List.of(
            "passed away", "died", "funeral", "grief", "grieving", "cancer", "diagnos\\w*", "surgery", "hospital",
            "recovering", "illness", "burn ?out", "baby", "pregnan\\w*", "born", "married", "wedding", "engaged",
            "divorce", "retir(e|ing|ement)", "new job", "new role", "joining", "i've joined", "left my job",
            "stepping down", "laid off", "anniversary", "birthday", "milestone", "years? sober", "graduat\\w*",
            "moving to", "we moved", "thank you for \\d+ years"));
    private static final Pattern FIRST_PERSON = SentenceRule.words(List.of("i", "i'm", "i've", "i'll", "my", "me",
            "we", "we're", "we've", "our", "us"));

    private final SentenceRule rule = new SentenceRule(Signal.Kind.PERSONAL_NEWS, NEWS, FIRST_PERSON);

    @Override
    public Optional<Signal> detect(PostText post) {
        return rule.find(post);
    }
}
