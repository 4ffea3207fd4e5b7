package io.mentorfeed.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * FIGURES.md's polling work for one client: N feeds of about 55 KB (RSS 2.0 and Atom alternating) with an ETag and a
 * Last-Modified per version. A conditional request that names the current version gains a new item with probability
 * changeRate (20%) and is answered 200, else 304; any other request gets the current version. So a first round is
 * all 200 and every later round about 80% 304. Each feed has its own host in its links, so entry ids differ between
 * feeds, and bodies are written from shared byte chunks rather than kept per feed.
 */
public final class FeedMix {
    private static final String HOST = "load.example";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Instant FIRST_VERSION = Instant.parse("2026-11-21T09:00:00Z");

    /** What to answer: a status, the validators of the version sent, and the body (empty for a 304). */
    public record Answer(int status, String etag, String lastModified, String contentType, byte[][] chunks) {
        public long length() {
            long length = 0;
            for (byte[] chunk : chunks) {
                length += chunk.length;
            }
            return length;
        }
    }

    private final AtomicIntegerArray versions;
    private final AtomicIntegerArray fetched;
    private final double changeRate;
    private final byte[][][] templates = new byte[2][][];
    public final LongAdder full = new LongAdder();
    public final LongAdder notModified = new LongAdder();
    public final LongAdder firstFetches = new LongAdder();

    public FeedMix(int feeds, double changeRate) {
        this.versions = new AtomicIntegerArray(feeds);
        this.fetched = new AtomicIntegerArray(feeds);
        this.changeRate = changeRate;
        templates[0] = chunks(FeedCorpus.document("load", false, 55_000, new SplittableRandom(1)).bytes());
        templates[1] = chunks(FeedCorpus.document("load", true, 55_000, new SplittableRandom(2)).bytes());
    }

    public int feeds() {
        return versions.length();
    }

    /** Answers a request for one feed; {@code ifNoneMatch} and {@code ifModifiedSince} may be null. */
    public Answer answer(int feed, String ifNoneMatch, String ifModifiedSince) {
        if (fetched.getAndSet(feed, 1) == 0) {
            firstFetches.increment();
        }
        int version = versions.get(feed);
        boolean current = ifNoneMatch != null ? ifNoneMatch.equals(etag(version))
                : lastModified(version).equals(ifModifiedSince);
        if (current) {
            if (ThreadLocalRandom.current().nextDouble() >= changeRate) {
                notModified.increment();
                return new Answer(304, etag(version), lastModified(version), null, new byte[0][]);
            }
            version = versions.incrementAndGet(feed);
        }
        full.increment();
        boolean atom = feed % 2 == 1;
        return new Answer(200, etag(version), lastModified(version),
                atom ? "application/atom+xml" : "application/rss+xml; charset=utf-8", body(feed, atom, version));
    }

    public long requests() {
        return full.sum() + notModified.sum();
    }

    /** The template's chunks around each mention of its host, with this feed's host between them and one newest
     * item per version after the channel's head. */
    private byte[][] body(int feed, boolean atom, int version) {
        byte[][] template = templates[atom ? 1 : 0];
        byte[] host = ("f" + feed + ".example").getBytes(StandardCharsets.UTF_8);
        String id = "f" + feed + "-v" + version;
        byte[] item = (atom ? "<entry><title>Version " + version + "</title><id>urn:" + id + "</id><updated>"
                + FIRST_VERSION.plusSeconds(60L * version) + "</updated></entry>"
                : "<item><title>Version " + version + "</title><guid>" + id + "</guid></item>")
                .getBytes(StandardCharsets.UTF_8);
        byte[][] chunks = new byte[template.length * 2][];
        int n = 0;
        for (int i = 0; i < template.length - 1; i++) {
            chunks[n++] = template[i];
            chunks[n++] = i == 0 ? item : host;
        }
        chunks[n++] = template[template.length - 1];
        return Arrays.copyOf(chunks, n);
    }

    /** Splits a document at its first item (chunk 0 is the head) and then at each mention of the template host. */
    private static byte[][] chunks(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        int firstItem = Math.min(index(text, "<item>"), index(text, "<entry>"));
        String head = text.substring(0, firstItem);
        String[] rest = text.substring(firstItem).split(Pattern.quote(HOST), -1);
        byte[][] chunks = new byte[rest.length + 1][];
        chunks[0] = head.replace(HOST, "feed.example").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < rest.length; i++) {
            chunks[i + 1] = rest[i].getBytes(StandardCharsets.UTF_8);
        }
        return chunks;
    }

    private static int index(String text, String tag) {
        int at = text.indexOf(tag);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    static String lastModified(int version) {
        return HTTP_DATE.format(FIRST_VERSION.plusSeconds(60L * version));
    }
}
