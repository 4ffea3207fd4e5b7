package io.mentorfeed.processor.signals;

import java.util.regex.Pattern;

/**
 * Whether an English sentence tells of the past ("I spoke at...", "last week", "the recording of...") rather than
 * of something to come: what decides which Saturday "on Saturday" is, and whether an event without a date is over.
 * A sentence that also speaks of the future ("I'll", "I'm hosting", "join me") is not past.
 */
final class Tense {
    private static final Pattern PAST = Pattern.compile("\\b(last (week|month|year|night|weekend|spring|summer"
            + "|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|ago"
            + "|earlier (this|today)|recorded|recap|replay|footage|highlights|recording of|photos from|slides from"
            + "|video from|notes from|took place|thanks? (to )?(everyone|all|the \\d+|you all)( of you)? who"
            + "|thank you (all )?for (coming|joining))\\b", Pattern.CASE_INSENSITIVE);
    /** A subject and a verb in the past: "I spoke", "we wrapped", "she just announced". */
    private static final Pattern PAST_VERB = Pattern.compile("\\b(I|[Ww]e|[Ss]he|[Hh]e|[Tt]hey)( (just|finally|recently|also"
            + "|first|once|then))? (was|were|went|gave|spoke|sat|came|met|ran|held|took|wrote|cut|did|saw|told|got"
            + "|made|left|began|won|brought|built|taught|led|found|heard|sold|felt|kept|thought|[a-z]+ed)\\b");
    /** "I'm" alone is no future ("I'm still buzzing from last week's meetup"); "I'm speaking at" is. */
    private static final Pattern FUTURE = Pattern.compile("\\b(will|I'll|we'll|you'll|going to|join me|join us"
            + "|come|see you|upcoming|coming up|save the date|register|tickets?|(I'm|I am|we're|we are) (speaking"
            + "|hosting|running|giving|doing|recording|heading|going|back|teaching|presenting|leading|on a panel))\\b",
            Pattern.CASE_INSENSITIVE);

    private Tense() {}

    static boolean isPast(String sentence) {
        return (PAST.matcher(sentence).find() || PAST_VERB.matcher(sentence).find())
                && !FUTURE.matcher(sentence).find();
    }
}
