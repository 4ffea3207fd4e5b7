package io.mentorfeed.processor.signals;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event takes place, as the sentence says it: a town ("in Lisbon", "in San Francisco"), else a venue ("at
 * the Barbican", "at Factory Berlin"), else "online" for a webinar, a livestream, Zoom. Capitalised words after
 * "in" or "at" that are months, weekdays or such are not places.
 */
final class EventPlaces {
    static final String ONLINE = "online";
    private static final String NAME = "\\p{Lu}[\\p{L}\\d&'.-]*";
    private static final Pattern IN = Pattern.compile("\\bin (?<place>" + NAME + "( " + NAME + "){0,2})");
    private static final Pattern AT = Pattern.compile("\\bat (the )?(?<place>" + NAME + "( " + NAME + "){0,3})");
    /** "Online" alone is an adjective ("online talks"); an online event says what it is or that it is held online. */
    private static final Pattern ONLINE_WORDS = Pattern.compile("\\b(on zoom|webinar|livestream|live stream"
            + "|going live|go live|youtube live|on discord|online (workshop|event|session|class|meetup|summit"
            + "|conference|q&a|launch|reading)|(is|be|held|happens|takes place|live|join (me|us)) online)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That", "English", "Spanish", "French",
            "German", "I", "It", "Q", "Q&A", "AMA", "Zoom");

    private EventPlaces() {}

    static Optional<String> find(String sentence) {
        for (Pattern pattern : new Pattern[] {IN, AT}) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                String place = trim(m.group("place"));
                if (!place.isEmpty() && !NOT_PLACES.contains(place.split(" ")[0])) {
                    return Optional.of(place);
                }
            }
        }
        return ONLINE_WORDS.matcher(sentence).find() ? Optional.of(ONLINE) : Optional.empty();
    }

    /** "Lisbon." and "Chicago Athletic Association," lose their punctuation; "on May" loses its month. */
    private static String trim(String place) {
        String[] words = place.replaceAll("[.,']+$", "").split(" ");
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            if (NOT_PLACES.contains(word)) {
                break;
            }
            kept.append(kept.isEmpty() ? "" : " ").append(word);
        }
        return kept.toString();
    }
}
