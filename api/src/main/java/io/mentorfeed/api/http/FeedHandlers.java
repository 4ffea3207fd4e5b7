package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.feeds.FeedFormat;
import io.mentorfeed.api.feeds.FeedMeta;
import io.mentorfeed.api.feeds.ReadingListFeedWriter;
import io.mentorfeed.api.readinglist.ReadingListItem;
import io.mentorfeed.api.readinglist.ReadingListQuery;
import io.mentorfeed.model.Profile;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The reading list as RSS 2.0, Atom and JSON Feed: the newest {@link #FEED_SIZE} unread items (filters and limit as
 * for the JSON list, no cursor). A feed reader authenticates with the profile's read-only feed token in the URL.
 */
final class FeedHandlers {
    static final int FEED_SIZE = 50;

    private final ApiServices services;
    private final Access access;
    private final Clock clock;
    private final ReadingListFeedWriter writer = new ReadingListFeedWriter();

    FeedHandlers(ApiServices services, Access access, Clock clock) {
        this.services = services;
        this.access = access;
        this.clock = clock;
    }

    void rss(Context ctx) {
        serve(ctx, FeedFormat.RSS);
    }

    void atom(Context ctx) {
        serve(ctx, FeedFormat.ATOM);
    }

    void jsonFeed(Context ctx) {
        serve(ctx, FeedFormat.JSON_FEED);
    }

    private void serve(Context ctx, FeedFormat format) {
        String id = Params.id(ctx, "id");
        access.requireFeedRead(ctx, id);
        Profile profile = services.profiles().get(id);
        ReadingListQuery query = ProfileHandlers.query(ctx, FEED_SIZE, FEED_SIZE);
        if (query.after() != null) {
            throw ProblemException.badRequest("Query parameter 'cursor' is not supported by feeds: they show the "
                    + "newest items");
        }
        List<ReadingListItem> items = services.readingLists().page(id, query, clock.instant()).items();
        Instant updated = items.isEmpty() ? Instant.EPOCH : items.getFirst().item().published();
        String base = ctx.scheme() + "://" + ctx.host();
        FeedMeta meta = new FeedMeta("mentorfeed: " + profile.name() + "'s reading list", base + ctx.path(),
                base + "/api/v1/profiles/" + id + "/reading-list", updated);
        ctx.header("Cache-Control", "private, max-age=300");
        ctx.contentType(format.contentType()).result(writer.write(format, meta, items));
    }
}
