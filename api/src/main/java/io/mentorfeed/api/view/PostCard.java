package io.mentorfeed.api.view;

import io.mentorfeed.api.web.PlainText;
import io.mentorfeed.model.Post;
import java.time.Instant;
import java.util.List;

/**
 * A post as the API keeps it: only what its answers show (the digest and reading list, the page, the feeds, the
 * Google Reader API, the email, {@code GET /posts/{id}}), and the text no longer than anything shows it. The
 * processor's post also has the entry id, categories, signals, comment links and counts, enclosures, language and
 * content hash, which the API never renders (the recommendation carries what the rules made of them).
 *
 * @param summary the feed's summary, cut after {@link #SUMMARY_CHARS} + 1 characters: the email's sanitizer reads
 *                1,500 and marks a longer one with "…", the page shows 600 (of 1,500 raw characters, unless more
 *                than 900 of them are blank)
 * @param text    what the Google Reader API shows of the post's text ({@link PlainText#paragraphsKept}): its
 *                paragraphs up to {@link #TEXT_CHARS} characters, which {@link PlainText#paragraphs} shapes as it
 *                would the whole text
 */
public record PostCard(String id, String mentorId, String title, String link, String author, Instant published,
                       Instant firstSeen, List<String> tags, String summary, String text, int revision) {
    /** The longest summary any answer reads (the email's, {@code FeedHtml}'s input). */
    public static final int SUMMARY_CHARS = 1_500;
    /** The longest text any answer shows (a Google Reader API item's). */
    public static final int TEXT_CHARS = 20_000;

    public PostCard {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static PostCard of(Post post) {
        String summary = post.summary();
        if (summary != null && summary.length() > SUMMARY_CHARS + 1) {
            summary = summary.substring(0, SUMMARY_CHARS + 1);
        }
        String text = PlainText.paragraphsKept(post.text(), TEXT_CHARS);
        return new PostCard(post.id(), post.mentorId(), post.title(), post.link(), post.author(), post.published(),
                post.firstSeen(), post.tags(), summary, text, post.revision());
    }

    /** When the post appeared: its own date when it has one, else when mentorfeed first saw it. */
    public Instant publishedOrSeen() {
        return published != null ? published : firstSeen;
    }
}
