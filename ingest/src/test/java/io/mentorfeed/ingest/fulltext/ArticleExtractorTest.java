package io.mentorfeed.ingest.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.fetch.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final String QUESTION = "Who was your first mentor, and what is the one habit you still carry from them?";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void readsTheArticleWithoutThePagesChromeAndSanitizesIt() {
        var article = (Extraction.Article) extractor.extract(page("article.html"), null, 120);

        assertThat(article.html()).contains("Twenty years ago I walked into a small print shop", QUESTION,
                "<img src=\"https://ada.example/images/print-shop.jpg\"", "<figcaption>");
        assertThat(article.html()).doesNotContain("<script", "onclick", "onerror", "javascript:", "Subscribe",
                "Privacy", "Archive", "UA-0000");
        assertThat(article.textChars()).isGreaterThan(1000);
    }

    @Test
    void aPageWithoutAnArticleIsAFailureNotAnArticle() {
        assertThat(extractor.extract(page("no-article.html"), null, 40))
                .isInstanceOfSatisfying(Extraction.Failure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("no-article");
                    assertThat(failure.detail()).contains("characters");
                });
    }

    @Test
    void anArticleNoLongerThanTheFeedsOwnTextGainsNothingAndFails() {
        assertThat(extractor.extract(page("article.html"), null, 5000))
                .isInstanceOfSatisfying(Extraction.Failure.class, f -> assertThat(f.reason()).isEqualTo("no-article"));
    }

    @Test
    void theMentorsSelectorPicksTheArticleWhereReadabilityTakesTheComments() {
        var automatic = (Extraction.Article) extractor.extract(page("needs-selector.html"), null, 50);
        assertThat(automatic.html()).contains("Reader One");

        var selected = (Extraction.Article) extractor.extract(page("needs-selector.html"), "div.post-text", 50);

        assertThat(selected.html()).contains("What would you ask me next week?").doesNotContain("Reader One", "Shop");
    }

    @Test
    void aSelectorThatMatchesNothingOrIsNoSelectorFailsWithItsOwnReason() {
        assertThat(extractor.extract(page("needs-selector.html"), "article.post", 50))
                .isInstanceOfSatisfying(Extraction.Failure.class,
                        f -> assertThat(f.reason()).isEqualTo("selector-miss"));
        assertThat(extractor.extract(page("needs-selector.html"), "div[[", 50))
                .isInstanceOfSatisfying(Extraction.Failure.class,
                        f -> assertThat(f.reason()).isEqualTo("bad-selector"));
    }

    @Test
    void theCharsetTheServerNamesIsUsed() {
        byte[] latin1 = ("<html><body><article><p>" + "Caf\u00e9 cr\u00e8me, a long story. ".repeat(20)
                + "</p></article></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        var fetched = new FetchResult.Fetched(URI.create("https://ada.example/p"), URI.create("https://ada.example/p"),
                200, latin1, "text/html; charset=ISO-8859-1", Validators.none(), Duration.ZERO, null);

        var article = (Extraction.Article) extractor.extract(fetched, null, 10);

        assertThat(article.html()).contains("Caf\u00e9 cr\u00e8me");
    }

    static FetchResult.Fetched page(String fixture) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/fulltext/" + fixture)) {
            URI url = URI.create("https://ada.example/2026/03/" + fixture);
            return new FetchResult.Fetched(url, url, 200, in.readAllBytes(), "text/html", Validators.none(),
                    Duration.ZERO, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
