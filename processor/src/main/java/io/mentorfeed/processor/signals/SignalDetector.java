package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.Optional;

/** Finds one kind of signal in a post; the evidence is the sentence that showed it. One detector per signal kind. */
public interface SignalDetector {
    Optional<Signal> detect(PostText post);
}
