package io.mentorfeed.ingest.comments;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a mentor signs comments with: the entry's author, the feed's author and the mentor's name as the
 * registry gives it. A comment is the mentor's when its author, normalized (accents dropped, case folded,
 * punctuation and an e-mail address removed, spaces collapsed), equals one of these names, or has the same first
 * and last word as a name of two words or more ("Mark W. Schaefer" is "Mark Schaefer"). One word alone never
 * matches another name partly: "Mark" is not "Mark Schaefer", since readers share first names with mentors.
 */
public final class MentorNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> names;

    public MentorNames(List<String> names) {
        this.names = new LinkedHashSet<>();
        names.stream().filter(Objects::nonNull).map(MentorNames::normalize).filter(n -> !n.isEmpty())
                .forEach(this.names::add);
    }

    public static MentorNames of(String... names) {
        return new MentorNames(Arrays.asList(names));
    }

    /** True when a comment by {@code author} is the mentor's own (a reply in their comment section). */
    public boolean isMentor(String author) {
        String candidate = normalize(author);
        if (candidate.isEmpty()) {
            return false;
        }
        if (names.contains(candidate)) {
            return true;
        }
        String[] words = candidate.split(" ");
        for (String name : names) {
            String[] nameWords = name.split(" ");
            if (nameWords.length >= 2 && words.length >= 2 && words[0].equals(nameWords[0])
                    && words[words.length - 1].equals(nameWords[nameWords.length - 1])) {
                return true;
            }
        }
        return false;
    }

    /** The comparable form of a name; empty for none. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(EMAIL.matcher(name).replaceAll(" "), Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    @Override
    public String toString() {
        return String.join("|", names);
    }
}
