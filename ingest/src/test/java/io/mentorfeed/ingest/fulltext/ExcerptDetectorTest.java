package io.mentorfeed.ingest.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FullTextMode;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptDetectorTest {
    private static final String LONG = "<p>" + "A whole paragraph about pricing conversations, told in full. ".repeat(12)
            + "</p>";
    private static final Mentor BLOG = new Mentor("ada", "Ada", "https://ada.example/feed", SourceKind.BLOG);

    private final ExcerptDetector detector = new ExcerptDetector(500);

    @Test
    void aShortTextOrNoTextAtAllIsAnExcerpt() {
        assertThat(detector.isExcerpt(BLOG, entry(null, "<p>Two lines about pricing.</p>"))).isTrue();
        assertThat(detector.isExcerpt(BLOG, entry(null, null))).isTrue();
    }

    @Test
    void aLongTextCutWithAnEllipsisOrWordPressBracketsIsAnExcerpt() {
        assertThat(detector.isExcerpt(BLOG, entry(LONG + "<p>And then she said&#8230;</p>", null))).isTrue();
        assertThat(detector.isExcerpt(BLOG, entry(null, LONG + "<p>So I asked her [...]</p>"
                + "<p>The post <a href='https://ada.example/p'>Pricing</a> appeared first on Ada.</p>"))).isTrue();
    }

    @Test
    void aLongTextWithAReadMoreLinkIsAnExcerpt() {
        assertThat(detector.isExcerpt(BLOG, entry(LONG + "<p><a href='https://ada.example/p'>Continue reading "
                + "&rarr;</a></p>", null))).isTrue();
        assertThat(detector.isExcerpt(BLOG, entry(LONG + "<a href='/p'>More &raquo;</a>", null))).isTrue();
    }

    @Test
    void aLongWholeTextIsNotAnExcerptEvenWithOrdinaryLinks() {
        assertThat(detector.isExcerpt(BLOG, entry(LONG + "<p>See <a href='/more-pricing'>more about pricing</a> and "
                + "<a href='/reading'>Read my earlier post</a>.</p>", "A summary..."))).isFalse();
    }

    @Test
    void theMentorsSwitchOverridesTheGuessAndVideosAreNotReadAutomatically() {
        FeedEntry whole = entry(LONG, null);
        FeedEntry cut = entry("<p>Short.</p>", null);
        assertThat(detector.isExcerpt(BLOG.withFullText(FullTextMode.ALWAYS, null), whole)).isTrue();
        assertThat(detector.isExcerpt(BLOG.withFullText(FullTextMode.NEVER, null), cut)).isFalse();
        var channel = new Mentor("gary", "Gary", "https://video.example/feed", SourceKind.VIDEO);
        assertThat(detector.isExcerpt(channel, cut)).isFalse();
        assertThat(detector.isExcerpt(channel.withFullText(FullTextMode.ALWAYS, null), cut)).isTrue();
    }

    @Test
    void theFeedTextIsTheContentElseTheSummaryWithoutMarkup() {
        assertThat(ExcerptDetector.feedText(entry("<p>Body <b>text</b></p>", "Summary"))).isEqualTo("Body text");
        assertThat(ExcerptDetector.feedText(entry(" ", "<p>Summary &amp; more</p>"))).isEqualTo("Summary & more");
        assertThat(ExcerptDetector.feedText(entry(null, null))).isEmpty();
    }

    private static FeedEntry entry(String contentHtml, String summary) {
        return new FeedEntry("e1", "Pricing", "https://ada.example/p", null, null, null, summary, contentHtml,
                List.of(), null, null, null, List.of(), null);
    }
}
