package io.mentorfeed.ingest.fetch;

/** HTTP cache validators of one feed, sent back as If-None-Match / If-Modified-Since; either may be null. */
public record Validators(String etag, String lastModified) {
    private static final Validators NONE = new Validators(null, null);

    public static Validators none() {
        return NONE;
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
