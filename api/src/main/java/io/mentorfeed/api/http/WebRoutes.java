package io.mentorfeed.api.http;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.http.Context;
import io.mentorfeed.api.web.Templates;
import io.mentorfeed.api.web.WebConfig;
import java.time.Clock;
import java.util.List;

/**
 * The reader's page under {@code /}, on the API's port, and the headers every answer outside {@code /api/v1}
 * carries: a strict Content-Security-Policy (scripts and styles from this origin only, so no inline script or
 * style runs; no frames, no plugins, forms post here only), no MIME sniffing, no framing, referrers kept on site.
 */
final class WebRoutes {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private WebRoutes() {}

    static List<Route> all(ApiServices services, WebAccess access, Templates templates, WebConfig config, Clock clock) {
        WebPageHandlers pages = new WebPageHandlers(services, access, templates, config, clock);
        WebActionHandlers actions = new WebActionHandlers(services, access, config, clock);
        StaticAssets assets = new StaticAssets();
        return List.of(
                new Route(GET, "/", pages::home),
                new Route(GET, "/reading-list", pages::readingList),
                new Route(GET, "/mentors", pages::mentors),
                new Route(GET, "/mentors.opml", pages::exportOpml),
                new Route(GET, "/sign-in", pages::signInForm),
                new Route(POST, "/sign-in", pages::signIn),
                new Route(POST, "/sign-out", pages::signOut),
                new Route(POST, "/actions", actions::act),
                new Route(POST, "/mentors", actions::addMentor),
                new Route(POST, "/mentors/import", actions::importOpml),
                new Route(POST, "/mentors/{id}/pause", actions::pause),
                new Route(POST, "/mentors/{id}/resume", actions::resume),
                new Route(POST, "/mentors/{id}/follow", actions::follow),
                new Route(POST, "/mentors/{id}/unfollow", actions::unfollow),
                new Route(GET, "/static/app.js", assets::script),
                new Route(GET, "/static/app.css", assets::styles),
                new Route(GET, "/static/icon.svg", assets::icon));
    }

    /** Whether a path is one the page serves without the read model: its assets and the sign-in form. */
    static boolean servedWithoutReadModel(String path) {
        return path.startsWith("/static/") || path.equals("/sign-in");
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
    }
}
