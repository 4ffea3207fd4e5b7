package io.mentorfeed.ingest.fulltext;

import static io.mentorfeed.ingest.LogValues.quotable;

import io.mentorfeed.ingest.IngestMetrics;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.FullTextMode;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.WebLinks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches the article of a post's page to the new entries whose feed carries only an excerpt
 * ({@link ExcerptDetector}), fetched with the feeds' own {@link FeedFetcher} (limits, private addresses refused,
 * per-host politeness, conditional GET) and read by {@link ArticleExtractor}. A post version's page is fetched once
 * ({@link ArticleCache}); a page that fails is counted and logged, and its entry goes on with its excerpt. One poll
 * fetches {@code perPoll} pages within {@code pollBudget} at most: the rest go on as they are.
 */
public final class FullTextReader {
    private static final Logger log = LoggerFactory.getLogger(FullTextReader.class);

    private final FeedFetcher fetcher;
    private final FullTextConfig config;
    private final IngestMetrics metrics;
    private final ExcerptDetector excerpts;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleCache cache;

    public FullTextReader(FeedFetcher fetcher, FullTextConfig config, IngestMetrics metrics) {
        this.fetcher = fetcher;
        this.config = config;
        this.metrics = metrics;
        this.excerpts = new ExcerptDetector(config.excerptChars());
        this.cache = new ArticleCache(config.cacheSize());
    }

    /** A reader that never fetches a page (full text switched off). */
    public static FullTextReader off(FeedFetcher fetcher) {
        return new FullTextReader(fetcher, FullTextConfig.off(), IngestMetrics.discarding());
    }

    /** The entries, in the same order, each excerpt with the article of its page where one could be read. */
    public List<FeedEntry> complete(Mentor mentor, List<FeedEntry> entries) {
        if (!config.enabled() || mentor.fullText() == FullTextMode.NEVER || entries.isEmpty()) {
            return entries;
        }
        var budget = new PollBudget(config.perPoll(), config.pollBudget());
        List<FeedEntry> completed = new ArrayList<>(entries.size());
        for (FeedEntry entry : entries) {
            completed.add(complete(mentor, entry, budget));
        }
        return completed;
    }

    private FeedEntry complete(Mentor mentor, FeedEntry entry, PollBudget budget) {
        if (entry.fullContentHtml() != null || !excerpts.isExcerpt(mentor, entry)) {
            return entry;
        }
        URI page = pageOf(entry.link());
        if (page == null) {
            return skipped(mentor, entry, "no-link");
        }
        String version = ArticleCache.version(entry);
        ArticleCache.Remembered known = cache.get(mentor.id(), entry.id());
        if (known != null && known.version().equals(version)) {
            metrics.fullTextReused();
            return withArticle(entry, known.html());
        }
        if (!budget.take()) {
            return skipped(mentor, entry, "budget");
        }
        ArticleCache.Remembered read = read(mentor, entry, page, version, known);
        cache.put(mentor.id(), entry.id(), read);
        return withArticle(entry, read.html());
    }

    /** Fetches and reads the page of a new post version; a version read before is asked for conditionally. */
    private ArticleCache.Remembered read(Mentor mentor, FeedEntry entry, URI page, String version,
                                         ArticleCache.Remembered known) {
        boolean hadArticle = known != null && known.html() != null;
        Validators validators = hadArticle ? known.validators() : Validators.none();
        metrics.fullTextFetched();
        FetchResult result = fetcher.fetchPage(page, validators, config.maxPageBytes());
        long millis = result.duration().toMillis();
        if (result instanceof FetchResult.NotModified && hadArticle) {
            metrics.fullTextReused();
            log.info("full text unchanged mentor={} entry=\"{}\" url={} millis={}", mentor.id(), quotable(entry.id()),
                    page, millis);
            return new ArticleCache.Remembered(version, validators, known.html());
        }
        Extraction extraction = switch (result) {
            case FetchResult.NotModified notModified -> new Extraction.Failure("http-3xx", "304 to a first request");
            case FetchResult.Failed failed -> new Extraction.Failure(failed.errorClass(), failed.reason());
            case FetchResult.Fetched fetched -> extractor.extract(fetched, mentor.fullTextSelector(),
                    ExcerptDetector.feedText(entry).length());
        };
        return switch (extraction) {
            case Extraction.Article article -> {
                metrics.fullTextExtracted();
                log.info("full text read mentor={} entry=\"{}\" url={} chars={} selector={} millis={}", mentor.id(),
                        quotable(entry.id()), page, article.textChars(), mentor.fullTextSelector() != null, millis);
                // Only a page fetched in full gives an article; its validators serve the next version.
                yield new ArticleCache.Remembered(version, ((FetchResult.Fetched) result).validators(),
                        article.html());
            }
            case Extraction.Failure failure -> {
                metrics.fullTextFailed(failure.reason());
                log.warn("full text failed mentor={} entry=\"{}\" url={} status={} reason={} error=\"{}\" millis={}",
                        mentor.id(), quotable(entry.id()), page, result.status(), failure.reason(),
                        quotable(failure.detail()), millis);
                yield new ArticleCache.Remembered(version, Validators.none(), null);
            }
        };
    }

    private FeedEntry skipped(Mentor mentor, FeedEntry entry, String reason) {
        metrics.fullTextSkipped(reason);
        log.info("full text skipped mentor={} entry=\"{}\" reason={}", mentor.id(), quotable(entry.id()), reason);
        return entry;
    }

    private static FeedEntry withArticle(FeedEntry entry, String html) {
        return html == null ? entry : entry.withFullContentHtml(html);
    }

    /** The entry's link when it is an absolute http(s) URL; the fetcher checks the rest (addresses, redirects). */
    private static URI pageOf(String link) {
        String clickable = WebLinks.clickable(link);
        try {
            URI uri = clickable == null ? null : new URI(clickable);
            return uri != null && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
