package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal news the author shares about themselves: health, family, a new job or leaving one, a move, a loss, a
 * milestone. Told in the first person ("my father passed away", "we had a baby", "I'm joining Acme"), or in a
 * paragraph the author calls personal ("A personal episode: Fay shares..."). Not news about someone else ("my
 * client was laid off", "Carla's father died"), nor old backstory ("when I was diagnosed in 2019", "years ago").
 * English only.
 */
public final class PersonalNewsDetector implements SignalDetector {
    private static final int MAX_EVIDENCE_CHARS = 280;
    private static final String NUMBER = "(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
            + "|forty|fifty|sixty|seventy)";
    private static final Pattern NEWS = SentenceRule.words(List.of(
            "passed away", "died", "death", "funeral", "grief", "grieving", "cancer", "diagnos\\w*", "surgery",
            "hospital", "recovering", "illness", "burn ?out", "baby", "pregnan\\w*", "expecting (a|our|my|twins)",
            "(first|second|third) child", "born", "married", "wedding", "engaged", "divorce", "retir(e|ing|ement)",
            "new job", "new role", "joining", "i've joined", "left my job", "my last day", "last day at",
            "going freelance", "stepping down", "laid off", "anniversary", "birthday", "turned " + NUMBER,
            "turns " + NUMBER, "milestone", "years? sober", "graduat\\w*",
            "moving (back )?to (?-i:\\p{Lu})\\p{L}*", "moved (back )?(from|to) (?-i:\\p{Lu})\\p{L}*", "we moved house",
            "thank you for \\d+ years"));
    private static final Pattern FIRST_PERSON = SentenceRule.words(List.of("i", "i'm", "i've", "i'll", "my", "me",
            "we", "we're", "we've", "our", "us", "this (blog|newsletter|channel|podcast|show)"));
    /** The author saying the paragraph is about them: "A personal note", "Some personal news". */
    private static final Pattern PERSONAL = SentenceRule.words(List.of("personal (note|news|one|episode|update|post)"));
    /** The news is someone else's. */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?i:my (former |new |old |dear )?(client|friend"
            + "|colleague|student|co-?founder|team ?mate|boss|manager|guest|reader|mentor|coach|neighbou?r|editor"
            + "|listener)s?)\\b|\\b\\p{Lu}\\p{L}+'s (father|mother|dad|mum|mom|wife|husband|partner|son|daughter|baby"
            + "|parents?|wedding|retirement|death)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Backstory: "years ago", "back in", "last year", "when I was...", or a year before the post's. */
    private static final Pattern OLD = Pattern.compile("\\b(years ago|back in|last year|when I was|at the time)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    @Override
    public Optional<Signal> detect(PostText post) {
        int year = post.published() == null ? Integer.MAX_VALUE
                : post.published().atZone(ZoneOffset.UTC).getYear();
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(post.titleSentences());
        paragraphs.addAll(post.paragraphSentences());
        for (List<String> sentences : paragraphs) {
            boolean personal = sentences.stream().anyMatch(s -> PERSONAL.matcher(s).find());
            for (String sentence : sentences) {
                if (NEWS.matcher(sentence).find() && (personal || FIRST_PERSON.matcher(sentence).find())
                        && !SOMEONE_ELSE.matcher(sentence).find() && !isOld(sentence, year)) {
                    return Optional.of(new Signal(Signal.Kind.PERSONAL_NEWS, evidence(sentence)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isOld(String sentence, int publishedYear) {
        if (OLD.matcher(sentence).find()) {
            return true;
        }
        Matcher years = YEAR.matcher(sentence);
        while (years.find()) {
            if (Integer.parseInt(years.group()) < publishedYear) {
                return true;
            }
        }
        return false;
    }

    private static String evidence(String sentence) {
        return sentence.length() <= MAX_EVIDENCE_CHARS ? sentence
                : sentence.substring(0, MAX_EVIDENCE_CHARS - 3).strip() + "...";
    }
}
