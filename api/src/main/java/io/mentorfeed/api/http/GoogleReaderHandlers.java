package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.greader.GoogleReaderAtom;
import io.mentorfeed.api.greader.GoogleReaderJson;
import io.mentorfeed.api.greader.GoogleReaderService;
import io.mentorfeed.api.greader.ReaderItem;
import io.mentorfeed.api.greader.StreamId;
import io.mentorfeed.api.greader.StreamQuery;
import io.mentorfeed.api.http.WebAccess.SignedIn;
import io.mentorfeed.api.web.PageItems;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Google Reader API subset feed readers use (docs/api.md): thin handlers over {@link GoogleReaderService}.
 * Reads answer JSON whatever {@code output} says (the Atom streams excepted); writes answer {@code OK}.
 */
final class GoogleReaderHandlers {
    private final GoogleReaderService service;
    private final GoogleReaderJson json;
    private final GoogleReaderAtom atom;
    private final GoogleReaderAccess access;
    private final ApiServices services;
    private final Clock clock;

    GoogleReaderHandlers(GoogleReaderService service, GoogleReaderJson json, GoogleReaderAtom atom,
                         GoogleReaderAccess access, ApiServices services, Clock clock) {
        this.service = service;
        this.json = json;
        this.atom = atom;
        this.access = access;
        this.services = services;
        this.clock = clock;
    }

    void clientLogin(Context ctx) {
        SignedIn s = access.login(GoogleReaderParams.one(ctx, "Email"), GoogleReaderParams.one(ctx, "Passwd"))
                .orElseThrow(() -> new ProblemException(401, "Error=BadAuthentication: Email is the profile id, "
                        + "Passwd its token"));
        String auth = GoogleReaderAccess.auth(s.session());
        ctx.header("Cache-Control", "no-store");
        if ("json".equals(GoogleReaderParams.one(ctx, "output"))) {
            ctx.json(Map.of("SID", auth, "LSID", auth, "Auth", auth));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result("SID=" + auth + "\nLSID=" + auth + "\nAuth=" + auth + "\n");
        }
    }

    void token(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType("text/plain; charset=utf-8")
                .result(GoogleReaderAccess.editToken(access.require(ctx).session()));
    }

    void userInfo(Context ctx) {
        Profile profile = access.require(ctx).profile();
        ctx.json(Map.of("userId", profile.id(), "userName", profile.name(), "userProfileId", profile.id(),
                "userEmail", profile.email() == null ? "" : profile.email()));
    }

    void subscriptions(Context ctx) {
        Profile profile = access.require(ctx).profile();
        ctx.json(json.subscriptions(service.subscriptions(profile, service.items(profile.id(), clock.instant()))));
    }

    void tags(Context ctx) {
        access.require(ctx);
        ctx.json(json.tags());
    }

    void unreadCount(Context ctx) {
        Profile profile = access.require(ctx).profile();
        List<ReaderItem> items = service.items(profile.id(), clock.instant());
        ctx.json(json.unreadCounts(items, service.subscriptions(profile, items)));
    }

    void itemIds(Context ctx) {
        Profile profile = access.require(ctx).profile();
        StreamQuery query = GoogleReaderParams.query(ctx, GoogleReaderParams.requiredStream(ctx), StreamQuery.MAX_IDS);
        ctx.json(json.itemRefs(service.stream(profile.id(), query, clock.instant())));
    }

    void itemContents(Context ctx) {
        Profile profile = access.require(ctx).profile();
        List<String> ids = GoogleReaderParams.all(ctx, "i");
        if (ids.size() > StreamQuery.MAX_CONTENTS) {
            throw ProblemException.badRequest("At most " + StreamQuery.MAX_CONTENTS + " 'i' parameters per request");
        }
        Instant now = clock.instant();
        ctx.json(json.contents(StreamId.READING_LIST, "Reading list", service.byIds(profile.id(), ids, now), null,
                profile, now));
    }

    void streamContents(Context ctx) {
        Profile profile = access.require(ctx).profile();
        StreamId stream = GoogleReaderParams.pathOrQueryStream(ctx);
        StreamQuery query = GoogleReaderParams.query(ctx, stream, StreamQuery.MAX_CONTENTS);
        Instant now = clock.instant();
        GoogleReaderService.Page page = service.stream(profile.id(), query, now);
        ctx.json(json.contents(stream.id(), title(stream), page.items(), page.continuation(), profile, now));
    }

    /** Google Reader's Atom form of a stream, for older clients (newsboat's FeedHQ source). */
    void atomStream(Context ctx) {
        Profile profile = access.require(ctx).profile();
        StreamId stream = GoogleReaderParams.pathOrQueryStream(ctx);
        StreamQuery query = GoogleReaderParams.query(ctx, stream, StreamQuery.MAX_CONTENTS);
        Instant now = clock.instant();
        GoogleReaderService.Page page = service.stream(profile.id(), query, now);
        String self = ctx.scheme() + "://" + ctx.host() + ctx.path();
        ctx.contentType("application/atom+xml; charset=utf-8").result(atom.write(stream.id(), title(stream), self,
                page.items(), new PageItems(services.view(), profile.timeZone(), now), now));
    }

    void editTag(Context ctx) {
        Profile profile = access.requireWrite(ctx).profile();
        service.editTag(profile.id(), GoogleReaderParams.all(ctx, "i"), GoogleReaderParams.streams(ctx, "a"),
                GoogleReaderParams.streams(ctx, "r"), clock.instant());
        ok(ctx);
    }

    void markAllAsRead(Context ctx) {
        Profile profile = access.requireWrite(ctx).profile();
        StreamId stream = GoogleReaderParams.requiredStream(ctx);
        Instant now = clock.instant();
        service.markAllAsRead(profile.id(), stream, GoogleReaderParams.olderThan(ctx, now), now);
        ok(ctx);
    }

    private static void ok(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType("text/plain; charset=utf-8").result("OK");
    }

    private String title(StreamId stream) {
        return switch (stream.kind()) {
            case FEED -> services.view().mentor(stream.value()).map(Mentor::name).orElse(stream.value());
            case LABEL -> stream.value();
            case STATE -> stream.value().equals("starred") ? "Starred" : stream.value();
            case READING_LIST -> "Reading list";
        };
    }
}
