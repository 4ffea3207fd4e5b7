package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.auth.Authenticator;
import io.mentorfeed.api.auth.Caller;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who may call what. No token where one is needed: 401. A valid token without the right to a profile: 404, exactly
 * as for a profile that does not exist, so a token tells nothing about other readers. A profile's token on an
 * admin route: 403 (admin routes are public knowledge, profiles are not).
 */
final class Access {
    private static final String CALLER = "mentorfeed.caller";
    private static final String BEARER = "Bearer ";

    private final Authenticator authenticator;

    Access(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void requireAdmin(Context ctx) {
        Caller caller = caller(ctx, false);
        if (!caller.authenticated()) {
            throw unauthorized();
        }
        if (!caller.admin()) {
            throw new ProblemException(403, "This resource needs an admin token");
        }
    }

    /** The profile's own token or an admin's; anonymous loopback reads of the configured demo profiles. */
    void requireProfileRead(Context ctx, String profileId) {
        Caller caller = caller(ctx, false);
        if (caller.owns(profileId) || authenticator.anonymousMayRead(caller, profileId)) {
            return;
        }
        throw caller.authenticated() ? notFound(profileId) : unauthorized();
    }

    void requireProfileWrite(Context ctx, String profileId) {
        Caller caller = caller(ctx, false);
        if (caller.owns(profileId)) {
            return;
        }
        throw caller.authenticated() ? notFound(profileId) : unauthorized();
    }

    /** Feed readers put the read-only feed token in the URL (?token=), since most cannot send headers. */
    void requireFeedRead(Context ctx, String profileId) {
        Caller caller = caller(ctx, true);
        if (caller.readsFeedOf(profileId) || authenticator.anonymousMayRead(caller, profileId)) {
            return;
        }
        throw caller.authenticated() ? notFound(profileId) : unauthorized();
    }

    /** Posts are not private to a reader: any admin or profile token (not a feed token) may read them. */
    void requireReader(Context ctx) {
        Caller caller = caller(ctx, false);
        boolean anonymousOk = caller.loopback() && authenticator.anyAnonymousReads();
        if (caller.admin() || !caller.profiles().isEmpty() || (!caller.authenticated() && anonymousOk)) {
            return;
        }
        throw caller.authenticated() ? new ProblemException(403, "A feed token only reads its feeds") : unauthorized();
    }

    private Caller caller(Context ctx, boolean queryTokenAllowed) {
        Caller cached = ctx.attribute(CALLER);
        if (cached != null) {
            return cached;
        }
        Optional<String> token = bearer(ctx);
        if (token.isEmpty() && queryTokenAllowed) {
            token = Optional.ofNullable(ctx.queryParam("token")).filter(t -> !t.isEmpty());
        }
        Caller caller = authenticator.identify(token, isLoopback(ctx.req().getRemoteAddr()))
                .orElseThrow(() -> new ProblemException(401, "The token is not valid"));
        ctx.attribute(CALLER, caller);
        return caller;
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            throw new ProblemException(401, "Header 'Authorization' must be 'Bearer <token>'");
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    private static boolean isLoopback(String remoteAddress) {
        // Only IP literals (what the server reports), so getByName never resolves a name here.
        if (remoteAddress == null || !remoteAddress.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "This resource needs a bearer token (Authorization: Bearer <token>)");
    }

    static ProblemException notFound(String profileId) {
        return new ProblemException(404, "No profile '" + profileId + "'");
    }
}
