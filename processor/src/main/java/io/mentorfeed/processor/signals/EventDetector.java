package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event the reader could attend: a conference, meetup, talk, webinar, workshop... mentioned together with a date
 * or a place in the same sentence ("I'm speaking at SaaStr in San Francisco on May 12"). An event word alone ("a
 * great talk I once heard") is not an invitation to come.
 */
public final class EventDetector implements SignalDetector {
    private static final Pattern EVENT = SentenceRule.words(List.of("conference", "meetup", "meet-up", "talk",
            "keynote", "webinar", "workshop", "summit", "panel", "livestream", "live stream", "book signing",
            "fireside chat", "AMA", "speaking at", "i'll be speaking", "join me"));
    private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)";
    private static final String DATE = String.join("|",
            "\\b" + MONTH + "\\.? \\d{1,2}(st|nd|rd|th)?\\b",
            "\\b\\d{1,2}(st|nd|rd|th)? (of )?" + MONTH + "\\b",
            "\\b(on |this |next )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            "\\b(tomorrow|tonight|next week|this week|next month)\\b",
            "\\b\\d{4}-\\d{2}-\\d{2}\\b",
            "\\b\\d{1,2}(:\\d{2})? ?(am|pm)\\b");
    /** A place is "in" or "at" a capitalised name ("in Austin", "at the Barbican"): case matters here only. */
    private static final String PLACE = "\\b(in|at) (the )?\\p{Lu}\\p{L}+";

    private final SentenceRule rule = new SentenceRule(Signal.Kind.EVENT, EVENT,
            Pattern.compile("(?i:" + DATE + ")|" + PLACE));

    @Override
    public Optional<Signal> detect(PostText post) {
        return rule.find(post);
    }
}
