package io.mentorfeed.processor.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
    private final TextExtractor extractor = new TextExtractor();
    private final BoilerplateRemover remover = new BoilerplateRemover();

    private List<String> clean(String html) {
        return remover.clean(extractor.extract(html), "p", RecentParagraphs.none()).paragraphs();
    }

    @Test
    void wordPressSharingRelatedPostsAuthorBoxAndAppearedFirstOnAreNotThePost() {
        assertThat(clean("<p>The post itself.</p>"
                + "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3><ul><li><a href=\"#\">Twitter</a>"
                + "</li></ul></div>"
                + "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3>Related</h3><p><a href=\"#\">Are you "
                + "ready?</a></p></div>"
                + "<div class=\"author-box\"><p>Ana coaches managers. Want help? Book a call.</p></div>"
                + "<p>The post <a href=\"#\">X</a> appeared first on <a href=\"#\">Lead Kindly</a>.</p>"))
                .containsExactly("The post itself.");
    }

    @Test
    void substackButtonsAndTheThanksForReadingLineAreNotThePost() {
        assertThat(clean("<p>What's the best pitch you ever sent?</p>"
                + "<p>Thanks for reading Cora's Notes! Subscribe for free to receive new posts and support my work.</p>"
                + "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"#\"><span>Leave a comment</span></a></p>"
                + "<p>Share</p>"))
                .containsExactly("What's the best pitch you ever sent?");
    }

    @Test
    void newsletterHeaderFooterSponsorAndPlainTextChannelBlocksAreNotThePost() {
        assertThat(clean("<p><a href=\"#\">View this email in your browser</a></p>"
                + "<p><strong>This issue is sponsored by Acme.</strong> Join their webinar on May 14.</p>"
                + "<p>The issue.</p>"
                + "<p>You're receiving this because you signed up. <a href=\"#\">Unsubscribe</a></p>"))
                .containsExactly("The issue.");
        assertThat(clean("The video.\n\n0:00 Intro\n1:12 The rules\n\n► SUBSCRIBE: https://youtube.example/@x"))
                .containsExactly("The video.");
    }

    @Test
    void sentencesOfThePostThatMentionSubscribingOrSharingStay() {
        assertThat(clean("<p>Share your thoughts below.</p><p>Most readers subscribe because a friend forwarded "
                + "one issue, which is why the first issue you send matters more than the landing page.</p>"))
                .hasSize(2);
    }

    @Test
    void paragraphsTheFeedsOtherRecentPostsHadAreLeftOutWhateverTheirNumbers() {
        var feed = RecentParagraphs.none().with("old", List.of("Monday Memo · Issue 112", "Old post.",
                "Need help with your job search? Book a free intro call."));

        var cleaned = remover.clean(extractor.extract("<p>Monday Memo · Issue 113</p><p>New post.</p>"
                + "<p>Need help with your job search? Book a free intro call.</p>"), "new", feed);

        assertThat(cleaned.paragraphs()).containsExactly("New post.");
    }

    @Test
    void aPostThatIsAllBoilerplateKeepsItsText() {
        var feed = RecentParagraphs.none().with("old", List.of("Same text."));

        assertThat(remover.clean(extractor.extract("<p>Same text.</p>"), "copy", feed).paragraphs())
                .containsExactly("Same text.");
    }

    @Test
    void theFeedMemoryIsBoundedInPostsAndParagraphs() {
        RecentParagraphs feed = RecentParagraphs.none();
        List<String> long40 = IntStream.range(0, 40).mapToObj(i -> "paragraph " + (char) ('a' + i % 26) + i % 7)
                .toList();
        for (int i = 0; i < 25; i++) {
            feed = feed.with("p" + i, long40);
        }
        assertThat(feed.posts()).hasSize(RecentParagraphs.POSTS_KEPT);
        assertThat(feed.posts().getFirst().postId()).isEqualTo("p15");
        assertThat(feed.posts()).allSatisfy(p -> assertThat(p.prints())
                .hasSize(RecentParagraphs.HEAD + RecentParagraphs.TAIL));
    }
}
