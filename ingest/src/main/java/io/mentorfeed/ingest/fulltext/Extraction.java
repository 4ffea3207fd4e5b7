package io.mentorfeed.ingest.fulltext;

/** What reading a post's page gave: the article, or why there is none. */
sealed interface Extraction permits Extraction.Article, Extraction.Failure {

    /** Sanitized article HTML, and the length of its text (markup left out). */
    record Article(String html, int textChars) implements Extraction {}

    /**
     * No article. {@code reason} is a stable word for counting: a fetch error class ("timeout", "http-4xx", ...) or
     * "no-article", "selector-miss", "bad-selector", "too-large", "extraction"; {@code detail} one line for people.
     */
    record Failure(String reason, String detail) implements Extraction {}
}
