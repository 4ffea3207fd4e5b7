package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.model.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Checks path and query parameters, answering 400 with the parameter's name and what it should be. */
final class Params {
    private Params() {}

    static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!Ids.isValid(value)) {
            throw ProblemException.badRequest("Path parameter '" + name + "' must be 1 to 64 characters of a-z, 0-9 "
                    + "and '-', starting with a letter or digit");
        }
        return value;
    }

    static String optionalId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Ids.isValid(value)) {
            throw ProblemException.badRequest("Query parameter '" + name + "' must be a valid id (a-z, 0-9, '-')");
        }
        return value;
    }

    static String optionalText(Context ctx, String name, int maxLength) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.badRequest("Query parameter '" + name + "' must be at most " + maxLength
                    + " characters");
        }
        return value;
    }

    static int limit(Context ctx, int defaultValue, int max) {
        String value = ctx.queryParam("limit");
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("Query parameter 'limit' must be a whole number from 1 to " + max);
    }

    /** Years 0 to 9999 only: a digest day is computed with its neighbours, which must exist too. */
    static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 0 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.badRequest("Query parameter '" + name + "' must be a date as YYYY-MM-DD");
    }

    /** An ISO-8601 instant, or a date meaning its start in UTC. */
    static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter '" + name + "' must be an ISO-8601 instant such as "
                    + "2026-03-01T00:00:00Z, or a date YYYY-MM-DD");
        }
    }

    static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type, java.util.function.Function<String, E> parse) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Query parameter '" + name + "' must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
        }
    }
}
