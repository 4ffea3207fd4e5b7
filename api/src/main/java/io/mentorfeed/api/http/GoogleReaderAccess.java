package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.http.WebAccess.SignedIn;
import io.mentorfeed.api.web.Session;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Google Reader clients sign in once (ClientLogin: the profile id as Email, its token, or an admin's, as Passwd)
 * and then send {@code Authorization: GoogleLogin auth=<Auth>} on every call. Auth is the profile id and the
 * token (base64url, so any token is safe in a header), checked against the configured hashes on every call as a
 * bearer token is: nothing is stored, any instance answers. The edit token ({@code T}) is an HMAC of the profile
 * id keyed by the token; a write that sends one must send that one.
 */
final class GoogleReaderAccess {
    private static final String SCHEME = "GoogleLogin ";

    private final WebAccess web;

    GoogleReaderAccess(WebAccess web) {
        this.web = web;
    }

    Optional<SignedIn> login(String profileId, String token) {
        if (profileId == null || token == null || profileId.length() > 64 || token.length() > 512) {
            return Optional.empty();
        }
        return web.check(new Session(profileId.strip(), token));
    }

    static String auth(Session session) {
        return session.profileId() + "/" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(session.token().getBytes(StandardCharsets.UTF_8));
    }

    static String editToken(Session session) {
        return Session.hmac(session.token(), "mentorfeed-greader-edit\n" + session.profileId());
    }

    SignedIn require(Context ctx) {
        return fromHeader(ctx.header("Authorization")).flatMap(web::check).orElseThrow(() -> new ProblemException(
                401, "Send Authorization: GoogleLogin auth=<Auth from accounts/ClientLogin>"));
    }

    /** A write: authenticated, and its T, when it sends one, the edit token of /token ("x" is what some send). */
    SignedIn requireWrite(Context ctx) {
        SignedIn signedIn = require(ctx);
        String t = ctx.formParam("T") != null ? ctx.formParam("T") : ctx.queryParam("T");
        if (t != null && !t.isBlank() && !t.strip().equals("x")
                && !WebAccess.same(t.strip(), editToken(signedIn.session()))) {
            throw new ProblemException(401, "Parameter 'T' is not this session's edit token (GET reader/api/0/token)");
        }
        return signedIn;
    }

    private static Optional<Session> fromHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String params = header.substring(SCHEME.length()).strip();
        int at = params.indexOf("auth=");
        if (at < 0) {
            return Optional.empty();
        }
        String auth = params.substring(at + "auth=".length());
        auth = auth.startsWith("\"") ? auth.substring(1).replaceAll("\".*$", "") : auth.replaceAll("[,\\s].*$", "");
        int slash = auth.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        try {
            String token = new String(Base64.getUrlDecoder().decode(auth.substring(slash + 1)), StandardCharsets.UTF_8);
            return token.isEmpty() ? Optional.empty() : Optional.of(new Session(auth.substring(0, slash), token));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
