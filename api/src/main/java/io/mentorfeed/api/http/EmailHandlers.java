package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.email.DigestEmail;
import io.mentorfeed.api.email.EmailAction;
import io.mentorfeed.api.email.EmailActions;
import io.mentorfeed.api.email.InvalidActionLinkException;
import io.mentorfeed.model.Profile;
import java.time.Clock;
import org.jsoup.nodes.Entities;

/**
 * The digest email as a web page, and its one-click links. A link's GET only shows what it will do, with one
 * button that POSTs: mail scanners and link previews fetch GETs, and must not skip the reader's posts (the same
 * reason RFC 8058 makes one-click unsubscribe a POST, which mail clients send to this same URL).
 */
final class EmailHandlers {
    /** The digest page may show inline styles and nothing active; feed content in it is sanitized anyway. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String HTML = "text/html; charset=utf-8";

    private final ApiServices services;
    private final Access access;
    private final Clock clock;

    EmailHandlers(ApiServices services, Access access, Clock clock) {
        this.services = services;
        this.access = access;
        this.clock = clock;
    }

    void digestHtml(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireProfileRead(ctx, id);
        Profile profile = services.profiles().get(id);
        DigestEmail email = services.emailRenderer().render(profile,
                services.digests().digest(id, Params.date(ctx, "date"), clock.instant()), clock.instant());
        ctx.header("Content-Security-Policy", CSP).contentType(HTML).result(email.html());
    }

    void confirm(Context ctx) {
        EmailAction action = verified(ctx, services.emailActions()::check);
        String what = action.unsubscribe() ? "Stop the daily digest emails?" : switch (action.kind()) {
            case "commented" -> "Mark this post as commented?";
            case "skipped" -> "Skip this post?";
            default -> "Snooze this post?";
        };
        page(ctx, what, "<form method=\"post\"><button type=\"submit\" style=\"font-size:16px;padding:8px 16px\">"
                + "Yes</button></form>");
    }

    void perform(Context ctx) {
        EmailActions.Done done = verified(ctx, services.emailActions()::perform);
        page(ctx, done.message(), "");
    }

    private <T> T verified(Context ctx, Action<T> action) {
        try {
            return action.apply(ctx.pathParam("token"), clock.instant());
        } catch (InvalidActionLinkException e) {
            throw new ProblemException(e.expired() ? 410 : 403, e.getMessage());
        }
    }

    private static void page(Context ctx, String title, String body) {
        ctx.header("Content-Security-Policy", CSP).header("Cache-Control", "no-store").contentType(HTML).result(
                "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>mentorfeed</title>"
                + "</head><body style=\"font-family:Georgia,serif;max-width:32em;margin:3em auto;padding:0 1em\">"
                + "<h1 style=\"font-weight:normal\">" + Entities.escape(title) + "</h1>" + body + "</body></html>");
    }

    @FunctionalInterface
    private interface Action<T> {
        T apply(String token, java.time.Instant now);
    }
}
