package io.mentorfeed.processor.signals.evaluation;

import io.mentorfeed.model.Signal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The outcomes of every labelled post and signal, and the scores of any part of them. */
public record SetEvaluation(List<Outcome> outcomes) {
    public SetEvaluation {
        outcomes = List.copyOf(outcomes);
    }

    public Map<Signal.Kind, Scores> scores(Predicate<LabelledPost> which) {
        Map<Signal.Kind, Scores> scores = new EnumMap<>(Signal.Kind.class);
        for (Signal.Kind kind : Signal.Kind.values()) {
            scores.put(kind, Scores.NONE);
        }
        for (Outcome outcome : outcomes) {
            if (which.test(outcome.post())) {
                scores.merge(outcome.kind(), Scores.NONE.add(outcome.labelled(), outcome.found().isPresent()),
                        Scores::plus);
            }
        }
        return scores;
    }

    public Map<Signal.Kind, Scores> scores(String part) {
        return scores(post -> post.part().equals(part));
    }

    public Map<Signal.Kind, Scores> scores() {
        return scores(post -> true);
    }

    /** False positives and false negatives, in the set's order. */
    public List<Outcome> confusions() {
        return outcomes.stream().filter(o -> !o.correct()).toList();
    }

    /** Events labelled and found: is the date the label's? */
    public List<Outcome> eventsFound() {
        return outcomes.stream().filter(o -> o.kind() == Signal.Kind.EVENT && o.labelled() && o.found().isPresent())
                .toList();
    }
}
