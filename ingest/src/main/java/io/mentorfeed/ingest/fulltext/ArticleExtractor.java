package io.mentorfeed.ingest.fulltext;

import io.mentorfeed.ingest.fetch.FetchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Reads the article out of a post's page: with the mentor's CSS selector when there is one (every match, in page
 * order), else with Readability4J (Mozilla's Readability, as in Firefox's reader view); then sanitizes it. An
 * automatic extraction counts only if it holds more text than the feed's excerpt and at least
 * {@link #MIN_ARTICLE_CHARS}: Readability always returns something, and a cookie wall is not the article.
 */
final class ArticleExtractor {
    static final int MIN_ARTICLE_CHARS = 200;
    /** Kafka takes records of 1 MB by default, and an entry carries its feed text and more besides. */
    static final int MAX_ARTICLE_CHARS = 256 * 1024;

    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private final ArticleSanitizer sanitizer = new ArticleSanitizer();

    /**
     * @param selector  the mentor's CSS selector, or null for automatic extraction
     * @param feedChars length of the feed's own text: an automatic extraction must hold more
     */
    Extraction extract(FetchResult.Fetched page, String selector, int feedChars) {
        String url = page.finalUrl().toString();
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()), charset(page.contentType()), url);
        } catch (IOException e) {
            return new Extraction.Failure("extraction", "unreadable page: " + e.getMessage());
        }
        return selector != null ? selected(document, selector, url) : readable(document, url, feedChars);
    }

    private Extraction selected(Document document, String selector, String url) {
        Elements matches;
        try {
            matches = document.select(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return new Extraction.Failure("bad-selector", "not a CSS selector: " + selector);
        }
        if (matches.isEmpty() || matches.text().isBlank()) {
            return new Extraction.Failure("selector-miss", "nothing with text matches " + selector);
        }
        return article(matches.outerHtml(), url, 1);
    }

    private Extraction readable(Document document, String url, int feedChars) {
        Element content;
        try {
            content = new Readability4J(url, document).parse().getArticleContent();
        } catch (RuntimeException e) {
            // A bug of the library on a strange page must not cost the poll.
            return new Extraction.Failure("extraction", "readability failed: " + e);
        }
        if (content == null) {
            return new Extraction.Failure("no-article", "no article found");
        }
        return article(content.html(), url, Math.max(MIN_ARTICLE_CHARS, feedChars + 1));
    }

    private Extraction article(String html, String url, int minChars) {
        String clean = sanitizer.sanitize(html, url);
        if (clean.length() > MAX_ARTICLE_CHARS) {
            return new Extraction.Failure("too-large", "article of " + clean.length() + " characters, more than "
                    + MAX_ARTICLE_CHARS);
        }
        int textChars = Jsoup.parseBodyFragment(clean).body().text().strip().length();
        if (textChars < minChars) {
            return new Extraction.Failure("no-article", "article text of " + textChars + " characters, "
                    + minChars + " needed");
        }
        return new Extraction.Article(clean, textChars);
    }

    /** The charset the server names, if Java knows it; otherwise jsoup reads the page's own meta tag or BOM. */
    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = HTTP_CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
