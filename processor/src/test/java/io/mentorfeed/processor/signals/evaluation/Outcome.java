package io.mentorfeed.processor.signals.evaluation;

import io.mentorfeed.model.Signal;
import java.util.Optional;

/** What the processor found of one signal in one labelled post, next to the label. */
public record Outcome(LabelledPost post, Signal.Kind kind, Optional<Signal> found) {
    public boolean labelled() {
        return post.label(kind).present();
    }

    public boolean correct() {
        return labelled() == found.isPresent();
    }

    public boolean falsePositive() {
        return !labelled() && found.isPresent();
    }

    public boolean falseNegative() {
        return labelled() && found.isEmpty();
    }
}
