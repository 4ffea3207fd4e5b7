package io.mentorfeed.api.http;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PATCH;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import io.mentorfeed.api.auth.Authenticator;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Every route of the API, in one place: what the server registers and what the OpenAPI document must describe. */
final class ApiRoutes {
    static final String BASE = "/api/v1";

    private ApiRoutes() {}

    static List<Route> all(ApiServices services, Authenticator authenticator, BooleanSupplier ready, Clock clock) {
        Access access = new Access(authenticator);
        HealthHandlers health = new HealthHandlers(ready);
        ProfileHandlers profiles = new ProfileHandlers(services, access, clock);
        FeedHandlers feeds = new FeedHandlers(services, access, clock);
        EngagementHandlers engagements = new EngagementHandlers(services, access, clock);
        MentorHandlers mentors = new MentorHandlers(services, access);
        OpsHandlers ops = new OpsHandlers(services, access, clock);
        OpenApiHandler openApi = new OpenApiHandler();
        EmailHandlers email = new EmailHandlers(services, access, clock);
        return List.of(
                new Route(GET, BASE + "/health/live", health::live),
                new Route(GET, BASE + "/health/ready", health::ready),
                new Route(GET, BASE + "/openapi.json", openApi::handle),
                new Route(GET, BASE + "/profiles/{id}", profiles::get),
                new Route(PATCH, BASE + "/profiles/{id}", profiles::update),
                new Route(GET, BASE + "/profiles/{id}/digest", profiles::digest),
                new Route(GET, BASE + "/profiles/{id}/digest.html", email::digestHtml),
                new Route(GET, BASE + "/email-actions/{token}", email::confirm),
                new Route(POST, BASE + "/email-actions/{token}", email::perform),
                new Route(GET, BASE + "/profiles/{id}/reading-list", profiles::readingList),
                new Route(GET, BASE + "/profiles/{id}/reading-list.rss", feeds::rss),
                new Route(GET, BASE + "/profiles/{id}/reading-list.atom", feeds::atom),
                new Route(GET, BASE + "/profiles/{id}/reading-list.json", feeds::jsonFeed),
                new Route(GET, BASE + "/profiles/{id}/engagements", engagements::history),
                new Route(POST, BASE + "/profiles/{id}/engagements", engagements::record),
                new Route(GET, BASE + "/mentors", mentors::list),
                new Route(POST, BASE + "/mentors", mentors::create),
                new Route(GET, BASE + "/mentors.opml", mentors::exportOpml),
                new Route(POST, BASE + "/mentors/import", mentors::importOpml),
                new Route(GET, BASE + "/mentors/{id}", mentors::get),
                new Route(PUT, BASE + "/mentors/{id}", mentors::update),
                new Route(DELETE, BASE + "/mentors/{id}", mentors::delete),
                new Route(GET, BASE + "/posts/{id}", ops::post),
                new Route(GET, BASE + "/feeds", ops::feeds),
                new Route(POST, BASE + "/feeds/{mentorId}/refetch", ops::refetch),
                new Route(POST, BASE + "/feeds/{mentorId}/pause", ops::pause),
                new Route(POST, BASE + "/feeds/{mentorId}/resume", ops::resume),
                new Route(POST, BASE + "/admin/read-model/rebuild", ops::rebuildReadModel));
    }
}
