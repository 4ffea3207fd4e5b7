package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.posts.ExtractedText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Does the author ask readers to respond? Two kinds of evidence:
 * <ul>
 *   <li>an explicit invitation anywhere in the body ("let me know in the comments", "hit reply");</li>
 *   <li>a question put to the reader ("Who are your mentors?") in the closing paragraph. Questions in the middle
 *       of a post, or only in its title, are usually rhetorical and do not count.</li>
 * </ul>
 * The closing paragraph is the last one, or the last two when the last is a short sign-off or feed footer.
 */
public final class InvitesResponseDetector implements SignalDetector {
    private static final int SIGN_OFF_MAX_WORDS = 12;
    private static final int MAX_EVIDENCE_CHARS = 280;

    private static final Pattern INVITATION = Pattern.compile(String.join("|",
            "\\blet me know\\b",
            "\\b(leave|drop|post|add|write|share) (a|your|me a) (comment|reply|note|line|thoughts?)\\b",
            "\\b(comment|reply|respond) below\\b",
            "\\b(hit|just) reply\\b",
            "\\breply to this (email|post|newsletter)\\b",
            "\\bi('d| would) (love|like) to hear\\b",
            "\\btell me (what|how|about|if|whether|in)\\b",
            "\\bshare your (thoughts|experiences?|stories|story|take|ideas?|tips?)\\b",
            "\\breply (and|with)\\b",
            "\\bsend (me|us) (yours|your \\w+|a \\w+|it|them)\\b",
            "\\bsend (it|them) my way\\b"),
            Pattern.CASE_INSENSITIVE);
    /** "In the comments" invites only when nobody is being quoted: "as Sam said in the comments" does not. */
    private static final Pattern IN_THE_COMMENTS = Pattern.compile("\\bin the comments\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(said|wrote|asked|answered|pointed out|suggested|mentioned|noted)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A question someone else asked, quoted or reported ("The best one: ...?", "I asked Dana: ...?", "Priya asks:
     * ...?"), or put to a named person ("Maria, what do you do...?").
     */
    private static final Pattern NOT_TO_READERS = Pattern.compile("^((?i:the (best|first|last|hardest|most common|top)"
            + " (one|question))\\b|[\"\u201C']|[^?]*\\b(asked|asks|wondered|wonders)\\b(?! you)[^?]*:)"
            + "|^(?!(So|Now|Well|Okay|OK|And|But|Friends|Folks|Readers|Everyone|All|Honestly|Seriously)\\b)"
            + "\\p{Lu}\\p{L}+, (what|how|why|do|did|would|are|is|can|who|where|when|have)\\b");
    /** A transcript's speaker label ("Ivan: ..."): the questions there are put to the guest. */
    private static final Pattern SPEAKER = Pattern.compile("^\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)?: ");
    /** An answer right after a question: it was rhetorical ("Was I wrong? Yes."). */
    private static final Pattern ANSWER = Pattern.compile("^(yes|no|nope|probably|usually|of course|because|not"
            + " really|most of us|nobody|none)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSES_READER = Pattern.compile(
            "\\b(you|your|you're|you've|yours|anyone|anybody|everyone|readers|y'all)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<Signal> detect(PostText post) {
        List<String> paragraphs = post.body().paragraphs();
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        int closingStart = closingStart(paragraphs);
        // The closing is checked first: it is where authors really ask, and its sentence is the best evidence.
        for (int p = paragraphs.size() - 1; p >= closingStart; p--) {
            Optional<String> found = closingEvidence(post.paragraphSentences().get(p));
            if (found.isPresent()) {
                return found.map(InvitesResponseDetector::signal);
            }
        }
        for (int p = 0; p < closingStart; p++) {
            for (String sentence : post.paragraphSentences().get(p)) {
                if (isInvitation(sentence)) {
                    return Optional.of(signal(sentence));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> closingEvidence(List<String> sentences) {
        String invitation = null;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            boolean answered = i + 1 < sentences.size() && ANSWER.matcher(sentences.get(i + 1)).find();
            if (isQuestionToReaders(sentence) && !answered && !(i == 0 && SPEAKER.matcher(sentence).find())) {
                return Optional.of(sentence);
            }
            if (invitation == null && isInvitation(sentence)) {
                invitation = sentence;
            }
        }
        return Optional.ofNullable(invitation);
    }

    private static boolean isInvitation(String sentence) {
        return INVITATION.matcher(sentence).find()
                || IN_THE_COMMENTS.matcher(sentence).find() && !REPORTED.matcher(sentence).find();
    }

    private static boolean isQuestionToReaders(String sentence) {
        return sentence.endsWith("?") && ADDRESSES_READER.matcher(sentence).find()
                && !NOT_TO_READERS.matcher(sentence).find();
    }

    private static int closingStart(List<String> paragraphs) {
        int last = paragraphs.size() - 1;
        boolean lastIsSignOff = ExtractedText.wordsIn(paragraphs.get(last)) <= SIGN_OFF_MAX_WORDS;
        return lastIsSignOff && last > 0 ? last - 1 : last;
    }

    private static Signal signal(String sentence) {
        String evidence = sentence.length() <= MAX_EVIDENCE_CHARS ? sentence
                : sentence.substring(0, MAX_EVIDENCE_CHARS - 3).strip() + "...";
        return new Signal(Signal.Kind.INVITES_RESPONSE, evidence);
    }
}
