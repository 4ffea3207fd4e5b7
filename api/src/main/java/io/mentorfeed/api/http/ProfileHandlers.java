package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.profiles.ProfileUpdate;
import io.mentorfeed.api.readinglist.Cursor;
import io.mentorfeed.api.readinglist.ReadingListPage;
import io.mentorfeed.api.readinglist.ReadingListQuery;
import io.mentorfeed.model.Action;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A reader's own resources: the profile, the digest and the reading list (JSON). */
final class ProfileHandlers {
    private final ApiServices services;
    private final Access access;
    private final Clock clock;

    ProfileHandlers(ApiServices services, Access access, Clock clock) {
        this.services = services;
        this.access = access;
        this.clock = clock;
    }

    void digest(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileRead(ctx, id);
        LocalDate date = Params.date(ctx, "date");
        Instant now = clock.instant();
        Optional<String> validator = services.digests().validator(id, date, now);
        if (Validators.notModified(ctx, validator)) {
            return;
        }
        ctx.json(services.digests().digest(id, date, now, validator));
    }

    void readingList(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileRead(ctx, id);
        ReadingListQuery query = query(ctx, ReadingListQuery.DEFAULT_LIMIT, ReadingListQuery.MAX_LIMIT);
        Instant now = clock.instant();
        if (Validators.notModified(ctx, services.readingLists().validator(id, now))) {
            return;
        }
        ReadingListPage page = services.readingLists().page(id, query, now);
        if (page.nextCursor() != null) {
            ctx.header("Link", "<" + ctx.path() + "?" + nextQuery(ctx, page.nextCursor()) + ">; rel=\"next\"");
        }
        ctx.json(page);
    }

    void get(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileRead(ctx, id);
        ctx.json(services.profiles().get(id));
    }

    void update(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileWrite(ctx, id);
        ctx.json(services.profiles().update(id, Bodies.read(ctx, ProfileUpdate.class)));
    }

    static ReadingListQuery query(Context ctx, int defaultLimit, int maxLimit) {
        String cursor = Params.optionalText(ctx, "cursor", 512);
        return new ReadingListQuery(
                Params.enumValue(ctx, "status", ReadingListQuery.Status.class,
                        v -> ReadingListQuery.Status.valueOf(v.toUpperCase(java.util.Locale.ROOT))),
                Params.optionalId(ctx, "mentor"),
                Params.optionalText(ctx, "tag", 64),
                Params.enumValue(ctx, "action", Action.class, Action::fromWire),
                Params.instant(ctx, "since"),
                Params.limit(ctx, defaultLimit, maxLimit),
                cursor == null ? null : Cursor.decode(cursor));
    }

    private static String nextQuery(Context ctx, String cursor) {
        StringBuilder query = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("cursor")) {
                values.forEach(v -> query.append(name).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
            }
        });
        return query.append("cursor=").append(cursor).toString();
    }
}
