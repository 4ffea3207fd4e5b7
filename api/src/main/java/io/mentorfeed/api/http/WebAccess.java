package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.mentorfeed.api.auth.Authenticator;
import io.mentorfeed.api.auth.Caller;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.web.Session;
import io.mentorfeed.api.web.WebConfig;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Profile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who is signed in to the page, from the session cookie: its token must still match a configured hash that owns
 * the profile (the profile's own token or an admin's), checked on every request, so removing a token from the
 * configuration signs its sessions out. Writes also need the CSRF token (form field {@code _csrf} or header
 * {@code X-CSRF-Token}) and, when the browser sends one, an {@code Origin} of this host.
 */
final class WebAccess {
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Authenticator authenticator;
    private final ReadModelView view;
    private final WebConfig config;

    WebAccess(Authenticator authenticator, ReadModelView view, WebConfig config) {
        this.authenticator = authenticator;
        this.view = view;
        this.config = config;
    }

    /** A reader signed in to the page, and whether their token is an admin's. */
    record SignedIn(Session session, Profile profile, boolean admin) {
    }

    Optional<SignedIn> signedIn(Context ctx) {
        return Session.fromCookie(ctx.cookie(Session.COOKIE)).flatMap(this::check);
    }

    /** Whether {@code token} may open {@code profileId}'s page: what sign-in and every later request check. */
    Optional<SignedIn> check(Session session) {
        if (!Ids.isValid(session.profileId()) || session.token().isBlank()) {
            return Optional.empty();
        }
        Optional<Caller> caller = authenticator.identify(Optional.of(session.token()), false);
        if (caller.isEmpty() || !caller.get().owns(session.profileId())) {
            return Optional.empty();
        }
        return view.profile(session.profileId()).map(p -> new SignedIn(session, p, caller.get().admin()));
    }

    /** The signed-in reader of a write, its CSRF token and origin checked; else 403 (nothing is written). */
    SignedIn requireWrite(Context ctx) {
        SignedIn signedIn = signedIn(ctx).orElseThrow(() -> new ProblemException(403,
                "Sign in again: this page's session has ended"));
        String presented = ctx.header(CSRF_HEADER) != null ? ctx.header(CSRF_HEADER) : ctx.formParam(CSRF_FIELD);
        if (presented == null || !same(presented, signedIn.session().csrfToken()) || !sameOrigin(ctx)) {
            throw new ProblemException(403, "The form's CSRF token is missing or wrong; reload the page");
        }
        return signedIn;
    }

    void requireAdmin(SignedIn signedIn) {
        if (!signedIn.admin()) {
            throw new ProblemException(403, "Only an admin may change the mentor registry");
        }
    }

    Cookie sessionCookie(Session session) {
        return cookie(Session.COOKIE, session.cookieValue(), (int) config.sessionFor().toSeconds());
    }

    Cookie cookie(String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, config.secureCookie(), true, null, SameSite.LAX);
    }

    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** A browser names the page that sent a POST; it must be this host (a proxy keeps Host, or sets it right). */
    static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = ctx.header("Host");
            return uri.getHost() != null && host != null && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
