package io.mentorfeed.ingest.fulltext;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FullTextMode;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Says whether an entry's own text is only an excerpt of its post, so that the post's page is worth fetching.
 * In {@link FullTextMode#AUTO} an excerpt is a text that is short, ends with an ellipsis ("...", "[…]") or carries a
 * "read more" link; only blogs and newsletters are read this way (a video's or an episode's page is no article).
 */
public final class ExcerptDetector {
    /** The ellipsis at the end of a cut text, or WordPress's "[…]" before its "The post ... appeared first" line. */
    private static final Pattern ELLIPSIS = Pattern.compile("(\\.\\.\\.|…)\\s*[\\]\\)]?\\s*$|\\[\\s*(…|\\.\\.\\.)\\s*]");
    /** The link text of a "read more" link: "Continue reading →", "Read the full post", "More »". */
    private static final Pattern READ_MORE = Pattern.compile("\\W*(read more|continue reading|keep reading"
            + "|read the rest|(read|view) the (full|whole|entire) (post|article|story|piece)|more\\W*$)",
            Pattern.CASE_INSENSITIVE);

    private final int excerptChars;

    /** @param excerptChars a text shorter than this is taken for an excerpt */
    public ExcerptDetector(int excerptChars) {
        this.excerptChars = excerptChars;
    }

    public boolean isExcerpt(Mentor mentor, FeedEntry entry) {
        return switch (mentor.fullText()) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> (mentor.kind() == SourceKind.BLOG || mentor.kind() == SourceKind.NEWSLETTER)
                    && looksCut(entry);
        };
    }

    /** The text the feed gives for the entry, markup left out: its content, else its summary. */
    public static String feedText(FeedEntry entry) {
        String html = feedHtml(entry);
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text().strip();
    }

    private boolean looksCut(FeedEntry entry) {
        String html = feedHtml(entry);
        if (html == null) {
            return true;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        String text = body.text().strip();
        return text.length() < excerptChars || ELLIPSIS.matcher(text).find()
                || body.select("a[href]").stream().anyMatch(link -> READ_MORE.matcher(link.text()).lookingAt());
    }

    private static String feedHtml(FeedEntry entry) {
        if (entry.contentHtml() != null && !entry.contentHtml().isBlank()) {
            return entry.contentHtml();
        }
        return entry.summary() == null || entry.summary().isBlank() ? null : entry.summary();
    }
}
