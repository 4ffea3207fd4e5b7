package io.mentorfeed.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.digest.UnknownProfileException;
import io.mentorfeed.api.write.WriteFailedException;
import io.mentorfeed.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an application/problem+json answer: the API's own exceptions, Javalin's (unknown route,
 * wrong method) and anything unexpected, which is logged with the request id and answered without its message.
 */
final class ProblemResponses {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {}

    static void install(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
        routes.exception(UnknownProfileException.class, (e, ctx) -> write(ctx, 404, e.getMessage()));
        routes.exception(Rejection.class, (e, ctx) -> write(ctx, e.kind().status(), e.getMessage()));
        routes.exception(WriteFailedException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            write(ctx, 503, e.getMessage());
        });
        routes.exception(EndpointNotFound.class,
                (e, ctx) -> write(ctx, 404, "No route " + ctx.method() + " " + ctx.path()));
        routes.exception(MethodNotAllowedResponse.class,
                (e, ctx) -> write(ctx, 405, "Method " + ctx.method() + " is not allowed on " + ctx.path()));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, ProblemResponses::unexpected);
    }

    static void write(Context ctx, int status, String detail) {
        Problem problem = Problem.of(status, detail, ctx.path());
        if (status == 401 && ctx.path().startsWith(GoogleReaderRoutes.BASE + "/")) {
            // What Google Reader clients look for to ask for a new login.
            ctx.header("WWW-Authenticate", "GoogleLogin realm=\"mentorfeed\"");
            ctx.header("X-Reader-Google-Bad-Token", "true");
        } else if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"mentorfeed\"");
        }
        try {
            ctx.status(status).contentType(Problem.CONTENT_TYPE).result(Json.mapper().writeValueAsBytes(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unexpected(Exception e, Context ctx) {
        String requestId = RequestIds.of(ctx);
        log.error("request failed requestId={} method={} path={} errorClass={}", requestId, ctx.method(), ctx.path(),
                e.getClass().getName(), e);
        write(ctx, 500, "Unexpected error; quote request id " + requestId + " when reporting it");
    }
}
