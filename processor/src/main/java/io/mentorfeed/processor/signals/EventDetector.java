package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event the reader could attend: a conference, meetup, talk, webinar, workshop, live recording... mentioned with
 * a date or a place, in the same sentence or the next one of its paragraph ("I'm doing a meetup! Amsterdam, Saturday
 * May 9"). Dates are read relative to the post's publication ({@link EventDates}); an event dated before the post,
 * or told in the past tense ("last week I spoke at..."), is over and is no signal. The signal carries the date
 * (null when only a place was given) and the place ({@link EventPlaces}). English only.
 */
public final class EventDetector implements SignalDetector {
    private static final int MAX_EVIDENCE_CHARS = 280;
    private static final Pattern EVENT = SentenceRule.words(List.of("conferences?", "meetups?", "meet-ups?",
            "talk", "keynote", "webinars?", "workshops?", "summit", "panel", "livestream", "live stream", "going live",
            "go live", "book signing", "signing", "reading from", "fireside chat", "AMA", "Q&A", "speaking at",
            "i'll be speaking", "join me", "join us", "office hours", "retreat", "masterclass", "launch party",
            "live (recording|episode|show|event|session|taping)", "event"));

    @Override
    public Optional<Signal> detect(PostText post) {
        LocalDate published = post.published() == null ? null
                : LocalDate.ofInstant(post.published(), ZoneOffset.UTC);
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(post.titleSentences());
        paragraphs.addAll(post.paragraphSentences());
        // The best evidence: a date written out ("May 20"), else a relative one ("this Sunday"), else a place only;
        // with a place before without.
        Signal[] best = new Signal[5];
        for (List<String> sentences : paragraphs) {
            for (int i = 0; i < sentences.size(); i++) {
                if (EVENT.matcher(sentences.get(i)).find()) {
                    String text = sentences.get(i);
                    Optional<Signal> event = event(text, published);
                    if (event.isEmpty() && i + 1 < sentences.size()) {
                        text = text + " " + sentences.get(i + 1);
                        event = event(text, published);
                    }
                    if (event.isPresent()) {
                        Signal found = event.get();
                        int rank = found.date() == null ? 4
                                : (EventDates.isWritten(text) ? 0 : 2) + (found.place() == null ? 1 : 0);
                        best[rank] = best[rank] == null ? event.get() : best[rank];
                    }
                }
            }
        }
        return java.util.Arrays.stream(best).filter(java.util.Objects::nonNull).findFirst();
    }

    private static Optional<Signal> event(String text, LocalDate published) {
        boolean past = Tense.isPast(text);
        Optional<LocalDate> date = EventDates.find(text, published, past);
        Optional<String> place = EventPlaces.find(text);
        // Without a date, only a named place makes it an event: "online" alone could be any webinar of the past.
        // With no publication date to count from, "on Thursday" still says it is to come.
        boolean placed = place.isPresent() && (!place.get().equals(EventPlaces.ONLINE)
                || published == null && EventDates.mentionsDay(text));
        if (date.isPresent() ? published != null && date.get().isBefore(published) : past || !placed) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Signal.Kind.EVENT, evidence(text), date.orElse(null), place.orElse(null)));
    }

    private static String evidence(String text) {
        return text.length() <= MAX_EVIDENCE_CHARS ? text : text.substring(0, MAX_EVIDENCE_CHARS - 3).strip() + "...";
    }
}
