package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.List;
import java.util.Optional;

/** Every signal detector the processor runs, in a fixed order so a post's signals are stable across revisions. */
public final class SignalDetectors {
    private final List<SignalDetector> detectors;

    public SignalDetectors(List<SignalDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Every signal of docs/design.md: a question or invitation to readers, an event, personal news, an announcement. */
    public static SignalDetectors standard() {
        return new SignalDetectors(List.of(new InvitesResponseDetector(), new EventDetector(),
                new PersonalNewsDetector(), new AnnouncementDetector()));
    }

    public List<Signal> detect(PostText post) {
        return detectors.stream().map(d -> d.detect(post)).flatMap(Optional::stream).toList();
    }
}
