package io.mentorfeed.processor.signals;

import io.mentorfeed.model.Signal;
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
            "\\bshare your (thoughts|experiences?|stories|story|take|ideas?|tips?)\\b"),
            Pattern.CASE_INSENSITIVE);
    /** "In the comments" invites only when nobody is being quoted: "as Sam said in the comments" does not. */
    private static final Pattern IN_THE_COMMENTS = Pattern.compile("\\bin the comments\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(said|wrote|asked|answered|pointed out|suggested|mentioned|noted)\\b", Pattern.CASE_INSENSITIVE);
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
        for (String sentence : sentences) {
            if (isQuestionToReaders(sentence)) {
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
        return sentence.endsWith("?") && ADDRESSES_READER.matcher(sentence).find();
    }

    private static int closingStart(List<String> paragraphs) {
        int last = paragraphs.size() - 1;
        boolean lastIsSignOff = paragraphs.get(last).split("\\s+").length <= SIGN_OFF_MAX_WORDS;
        return lastIsSignOff && last > 0 ? last - 1 : last;
    }

    private static Signal signal(String sentence) {
        String evidence = sentence.length() <= MAX_EVIDENCE_CHARS ? sentence
                : sentence.substring(0, MAX_EVIDENCE_CHARS - 3).strip() + "...";
        return new Signal(Signal.Kind.INVITES_RESPONSE, evidence);
    }
}
