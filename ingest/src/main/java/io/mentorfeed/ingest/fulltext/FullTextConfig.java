package io.mentorfeed.ingest.fulltext;

import java.time.Duration;

/**
 * Settings of full-text reading ({@code ingest.full-text} in mentorfeed.yml): when a new entry carries only an
 * excerpt, ingest fetches the post's page and attaches the article it reads there.
 *
 * @param enabled      off: no page is ever fetched, whatever the mentors say
 * @param excerptChars a feed text shorter than this (in characters, markup left out) is taken for an excerpt
 * @param maxPageBytes cap on a post's page, after decompression (at most the feeds' max-body-bytes)
 * @param cacheSize    post versions remembered, so that a page is fetched once per version
 * @param perPoll      pages fetched for one poll of a feed at most; further excerpts go on as they are
 * @param pollBudget   time one poll may spend on pages: a slow site holds its own fetch thread this long at most
 *                     (plus one request timeout), never the others'
 */
public record FullTextConfig(boolean enabled, int excerptChars, long maxPageBytes, int cacheSize, int perPoll,
                             Duration pollBudget) {
    public FullTextConfig {
        if (excerptChars < 0) {
            throw new IllegalArgumentException("full-text excerptChars must be zero or positive, was " + excerptChars);
        }
        if (maxPageBytes < 1024) {
            throw new IllegalArgumentException("full-text maxPageBytes must be at least 1 KiB, was " + maxPageBytes);
        }
        if (cacheSize < 1) {
            throw new IllegalArgumentException("full-text cacheSize must be at least 1, was " + cacheSize);
        }
        if (perPoll < 1 || perPoll > 100) {
            throw new IllegalArgumentException("full-text perPoll must be between 1 and 100, was " + perPoll);
        }
        if (pollBudget == null || pollBudget.isZero() || pollBudget.isNegative()) {
            throw new IllegalArgumentException("full-text pollBudget must be a positive duration, was " + pollBudget);
        }
    }

    public static FullTextConfig defaults() {
        return new FullTextConfig(true, 500, 2L * 1024 * 1024, 10_000, 10, Duration.ofMinutes(1));
    }

    /** The defaults, switched off. */
    public static FullTextConfig off() {
        return defaults().withEnabled(false);
    }

    public FullTextConfig withEnabled(boolean on) {
        return new FullTextConfig(on, excerptChars, maxPageBytes, cacheSize, perPoll, pollBudget);
    }
}
