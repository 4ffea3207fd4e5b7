package io.mentorfeed.api.http;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.mentorfeed.api.greader.GoogleReaderAtom;
import io.mentorfeed.api.greader.GoogleReaderJson;
import io.mentorfeed.api.greader.GoogleReaderService;
import io.mentorfeed.api.greader.ItemContent;
import io.mentorfeed.api.web.Templates;
import java.time.Clock;
import java.util.List;

/**
 * The Google Reader API under {@code /greader}: the URL to give a client is {@code http(s)://HOST:PORT/greader}
 * (it appends {@code /accounts/ClientLogin} and {@code /reader/api/0/...} itself).
 */
final class GoogleReaderRoutes {
    static final String BASE = "/greader";
    private static final String API = BASE + "/reader/api/0";

    private GoogleReaderRoutes() {}

    static List<Route> all(ApiServices services, WebAccess web, Templates templates, Clock clock) {
        ItemContent content = new ItemContent(templates);
        GoogleReaderHandlers h = new GoogleReaderHandlers(
                new GoogleReaderService(services.view(), services.readingLists(), services.engagements()),
                new GoogleReaderJson(services.view(), content), new GoogleReaderAtom(services.view(), content),
                new GoogleReaderAccess(web), services, clock);
        return List.of(
                new Route(POST, BASE + "/accounts/ClientLogin", h::clientLogin),
                new Route(GET, BASE + "/accounts/ClientLogin", h::clientLogin),
                new Route(GET, API + "/token", h::token),
                new Route(GET, API + "/user-info", h::userInfo),
                new Route(GET, API + "/subscription/list", h::subscriptions),
                new Route(GET, API + "/tag/list", h::tags),
                new Route(GET, API + "/unread-count", h::unreadCount),
                new Route(GET, API + "/stream/items/ids", h::itemIds),
                new Route(GET, API + "/stream/items/contents", h::itemContents),
                new Route(POST, API + "/stream/items/contents", h::itemContents),
                new Route(GET, API + "/stream/contents", h::streamContents),
                new Route(GET, API + "/stream/contents/<stream>", h::streamContents),
                new Route(POST, API + "/edit-tag", h::editTag),
                new Route(POST, API + "/mark-all-as-read", h::markAllAsRead),
                new Route(GET, BASE + "/reader/atom", h::atomStream),
                new Route(GET, BASE + "/reader/atom/<stream>", h::atomStream));
    }
}
