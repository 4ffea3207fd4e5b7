package io.mentorfeed.api.feeds;

/** The formats the reading list is served in, with their media types. */
public enum FeedFormat {
    RSS("application/rss+xml; charset=utf-8"),
    ATOM("application/atom+xml; charset=utf-8"),
    JSON_FEED("application/feed+json; charset=utf-8");

    private final String contentType;

    FeedFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
