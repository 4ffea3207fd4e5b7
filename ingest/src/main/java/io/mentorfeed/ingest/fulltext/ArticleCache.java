package io.mentorfeed.ingest.fulltext;

import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Ids;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * What the pages of recent posts gave, one record per post, so that a post version's page is fetched once: the
 * same version again (a poll retried after Kafka refused it, an entry that reappears) takes what was read, article
 * or failure; a new version is fetched again, conditionally. Bounded in entries and in characters, least recently
 * used out first; in memory
 * only, so a restarted ingestor may fetch a page once more. Shared by the fetch threads.
 */
final class ArticleCache {
    /**
     * What one post's page gave. {@code version} identifies the entry as the feed gave it; {@code validators} are
     * the page's, for a conditional GET of a later version; {@code html} is null after a failure.
     */
    record Remembered(String version, Validators validators, String html) {}

    /** Articles held at most, in characters, whatever the entry count: one mentor's huge pages cannot fill the heap. */
    static final long MAX_CACHED_CHARS = 32L * 1024 * 1024;

    private final LinkedHashMap<String, Remembered> posts = new LinkedHashMap<>(16, 0.75f, true);
    private final int capacity;
    private final long maxChars;
    private long chars;

    ArticleCache(int capacity) {
        this(capacity, MAX_CACHED_CHARS);
    }

    ArticleCache(int capacity, long maxChars) {
        this.capacity = capacity;
        this.maxChars = maxChars;
    }

    /** The version of an entry: everything the feed says of it, so that an edited entry is read again. */
    static String version(FeedEntry entry) {
        return Ids.sha256Hex(String.join("\u0000", Objects.toString(entry.updated(), ""),
                Objects.toString(entry.link(), ""), Objects.toString(entry.title(), ""),
                Objects.toString(entry.summary(), ""), Objects.toString(entry.contentHtml(), "")));
    }

    synchronized Remembered get(String mentorId, String entryId) {
        return posts.get(key(mentorId, entryId));
    }

    synchronized void put(String mentorId, String entryId, Remembered remembered) {
        chars += length(remembered) - length(posts.put(key(mentorId, entryId), remembered));
        var eldest = posts.values().iterator();
        while ((posts.size() > capacity || chars > maxChars) && eldest.hasNext()) {
            chars -= length(eldest.next());
            eldest.remove();
        }
    }

    private static long length(Remembered remembered) {
        return remembered == null || remembered.html() == null ? 0 : remembered.html().length();
    }

    synchronized int size() {
        return posts.size();
    }

    private static String key(String mentorId, String entryId) {
        return mentorId + '\u0000' + entryId;
    }
}
