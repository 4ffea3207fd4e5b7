package io.mentorfeed.ingest.discover;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YouTube channel URLs to their videos feed. A /channel/UC... or /user/NAME URL maps directly; a handle (/@name) or
 * custom URL (/c/name) needs the channel page, whose alternate link {@link FeedDiscovery} then finds.
 */
final class YouTubeFeeds {
    private static final Pattern CHANNEL = Pattern.compile("^/channel/(UC[\\w-]{10,40})");
    private static final Pattern USER = Pattern.compile("^/user/([\\w.-]{1,100})");
    static final String FEEDS = "https://www.youtube.com/feeds/videos.xml";

    private YouTubeFeeds() {}

    static boolean isYouTube(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return host.equals("youtube.com") || host.endsWith(".youtube.com");
    }

    /** The videos feed of a channel or user URL; empty for other YouTube URLs. */
    static Optional<String> directFeed(URI url) {
        if (!isYouTube(url) || url.getPath() == null) {
            return Optional.empty();
        }
        if (url.getPath().startsWith("/feeds/videos.xml")) {
            return Optional.of(url.toString());
        }
        Matcher channel = CHANNEL.matcher(url.getPath());
        if (channel.find()) {
            return Optional.of(FEEDS + "?channel_id=" + channel.group(1));
        }
        Matcher user = USER.matcher(url.getPath());
        return user.find() ? Optional.of(FEEDS + "?user=" + user.group(1)) : Optional.empty();
    }
}
