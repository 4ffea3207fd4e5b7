package io.mentorfeed.ingest.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.ingest.fetch.Validators;
import org.junit.jupiter.api.Test;

/** The cache stays within its entry count and its character budget, least recently used out first. */
class ArticleCacheTest {
    @Test
    void theLeastRecentlyUsedGoesFirstWhenTheCountIsReached() {
        var cache = new ArticleCache(2, 1_000);
        cache.put("m", "a", article("a"));
        cache.put("m", "b", article("b"));
        cache.get("m", "a");
        cache.put("m", "c", article("c"));

        assertThat(cache.get("m", "b")).isNull();
        assertThat(cache.get("m", "a")).isNotNull();
        assertThat(cache.get("m", "c")).isNotNull();
    }

    @Test
    void bigArticlesPushOlderOnesOutToStayWithinTheCharacterBudget() {
        var cache = new ArticleCache(100, 10);
        cache.put("m", "a", article("aaaa"));
        cache.put("m", "b", article("bbbb"));
        cache.put("m", "c", article("cccc"));

        assertThat(cache.get("m", "a")).isNull();
        assertThat(cache.size()).isEqualTo(2);
        cache.put("m", "huge", article("x".repeat(11)));
        assertThat(cache.size()).isZero();
    }

    @Test
    void replacingAnEntryCountsOnlyItsNewArticle() {
        var cache = new ArticleCache(100, 10);
        cache.put("m", "a", article("aaaaaaaa"));
        cache.put("m", "a", article("aa"));
        cache.put("m", "b", article("bbbbbbbb"));

        assertThat(cache.size()).isEqualTo(2);
    }

    private static ArticleCache.Remembered article(String html) {
        return new ArticleCache.Remembered("v1", Validators.none(), html);
    }
}
