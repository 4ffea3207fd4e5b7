package io.mentorfeed.ingest.websub;

import io.mentorfeed.model.FeedInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** What ingest's polling tells WebSub and asks of it; {@link #OFF} when no callback URL is configured. */
public interface PushSubscriptions {
    /** WebSub off: nothing is subscribed, every feed keeps its own rhythm. */
    PushSubscriptions OFF = new PushSubscriptions() {
        @Override
        public void documentRead(String mentorId, URI feedUrl, FeedInfo feed, List<String> linkHeaders) {}

        @Override
        public boolean wantsDocument(String mentorId) {
            return false;
        }

        @Override
        public boolean isActive(String mentorId) {
            return false;
        }

        @Override
        public Duration safetyNetInterval() {
            return Duration.ZERO;
        }

        @Override
        public void mentorRemoved(String mentorId) {}
    };

    /** A feed document was read in full: subscribe the feed at its hub, if it has one. */
    void documentRead(String mentorId, URI feedUrl, FeedInfo feed, List<String> linkHeaders);

    /** True when the feed's next poll should read the whole document, not a 304, to discover its hub. */
    boolean wantsDocument(String mentorId);

    /** True while pushes are expected for this feed: polls are only a safety net. */
    boolean isActive(String mentorId);

    /** How often a feed with an active subscription is still polled. */
    Duration safetyNetInterval();

    /** The mentor was removed from the registry: unsubscribe its feed. */
    void mentorRemoved(String mentorId);
}
