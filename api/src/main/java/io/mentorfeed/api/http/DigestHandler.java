package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.model.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** GET /api/v1/profiles/{id}/digest?date=YYYY-MM-DD: checks the parameters, then asks the {@link DigestService}. */
final class DigestHandler {
    private final DigestService digests;
    private final Clock clock;

    DigestHandler(DigestService digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    void handle(Context ctx) {
        String profileId = ctx.pathParam("id");
        if (!Ids.isValid(profileId)) {
            throw ProblemException.badRequest("Path parameter 'id' must be 1 to 64 characters of a-z, 0-9 and '-', "
                    + "starting with a letter or digit");
        }
        ctx.json(digests.digest(profileId, date(ctx.queryParam("date")), clock.instant()));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter 'date' must be a date as YYYY-MM-DD");
        }
    }
}
