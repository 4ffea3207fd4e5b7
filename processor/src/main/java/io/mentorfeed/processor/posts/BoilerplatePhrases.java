package io.mentorfeed.processor.posts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs that are the platform's or the feed's, not the author's post, told by their words: WordPress/Yoast
 * ("The post X appeared first on Y", "Share this:", "Related posts:"), Substack ("Thanks for reading X! Subscribe
 * for free...", "Leave a comment"), newsletters ("View this email in your browser", unsubscribe lines), sponsor
 * reads, podcast review requests, YouTube chapter lists and channel links, author boxes. Each pattern must cover
 * the paragraph's start (or, for the footer lines, a short paragraph), so a sentence of the post that merely
 * mentions subscribing stays.
 */
final class BoilerplatePhrases {
    /** Paragraphs that start like this are boilerplate whatever their length. */
    private static final List<Pattern> STARTS = compile(
            "the post .{1,400}? appeared first on ",
            "thanks for reading [^.!?]{1,120}[.!?]? *(subscribe|sign up)",
            "[^.!?]{1,120} is a reader-supported publication",
            "(view|read|open) (this|the|it)( email| post| issue| newsletter)? (in|on) (your|a|the) (browser|web)",
            "(this|today's|this week's) (video|episode|issue|post|newsletter|show|edition) is (sponsored|brought to you|supported) by",
            "(sponsored by|sponsor:|our sponsor|thanks to (our|this week's|today's) sponsor)",
            "about (the author|me|[\\p{Lu}][\\p{L}'-]+( [\\p{Lu}][\\p{L}'-]+)?) ?:",
            "(►|▶|➡|👉|📩|📸|🔔|🎙|🎧|✉)",
            "\\d{1,2}:\\d{2}(:\\d{2})? ",
            "(business (inquiries|enquiries)|follow me on|my gear|gear i use|music by|links mentioned|affiliate links?)\\b",
            "want more (like this|of this)\\?");
    /** Short lines that are the whole paragraph: buttons and headings of the blocks around a post. */
    private static final Pattern BUTTON_OR_HEADING = Pattern.compile("(share this|share(?! your)( [^.!?]{1,60})?"
            + "|like this|related|related posts|you (may|might) also like|more from [^.!?]{1,60}|subscribe|subscribe now"
            + "|leave a comment|comments?|tweet|email|print|read more|continue reading|listen now|watch now"
            + "|get the app|upgrade to paid|give a gift subscription)[\\s:.!…]*", Pattern.CASE_INSENSITIVE);
    /** Footer lines, found anywhere in a short paragraph. */
    private static final Pattern FOOTER = Pattern.compile("\\b(you('re| are) receiving this|you received this"
            + "|unsubscribe|update your preferences|manage (your )?(subscription|preferences)|forward (this |it )?to a friend"
            + "|(leave|write) (us )?a (rating|review)|rate (and|&) review|wherever you (get|listen to) (your )?podcasts"
            + "|subscribe (to|on) (apple podcasts|spotify|youtube|the (show|podcast|channel))"
            + "|sign up for [^.!?]{0,60}newsletter)\\b", Pattern.CASE_INSENSITIVE);
    private static final int FOOTER_MAX_WORDS = 45;

    private BoilerplatePhrases() {}

    static boolean isBoilerplate(String paragraph) {
        String text = paragraph.strip().replace('\u2019', '\'');
        for (Pattern start : STARTS) {
            if (start.matcher(text).lookingAt()) {
                return true;
            }
        }
        if (BUTTON_OR_HEADING.matcher(text).matches()) {
            return true;
        }
        return ExtractedText.wordsIn(text) <= FOOTER_MAX_WORDS && FOOTER.matcher(text).find();
    }

    private static List<Pattern> compile(String... patterns) {
        return java.util.Arrays.stream(patterns)
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }
}
