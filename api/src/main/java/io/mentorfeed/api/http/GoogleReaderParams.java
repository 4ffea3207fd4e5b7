package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.greader.StreamId;
import io.mentorfeed.api.greader.StreamQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Google Reader API's parameters, from the query or a form body alike (clients send both), checked: a bad
 * number or stream is a 400 naming the parameter.
 */
final class GoogleReaderParams {
    private GoogleReaderParams() {}

    static String one(Context ctx, String name) {
        String form = formParamOrNull(ctx, name);
        return form != null ? form : ctx.queryParam(name);
    }

    static List<String> all(Context ctx, String name) {
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        if (isForm(ctx)) {
            values.addAll(ctx.formParams(name));
        }
        return values;
    }

    static List<StreamId> streams(Context ctx, String name) {
        return all(ctx, name).stream().filter(v -> !v.isBlank()).map(StreamId::parse).toList();
    }

    static StreamId requiredStream(Context ctx) {
        String s = one(ctx, "s");
        if (s == null || s.isBlank()) {
            throw ProblemException.badRequest("Parameter 's' (the stream) is required");
        }
        return StreamId.parse(s);
    }

    /** stream/contents/&lt;stream&gt; (its slashes encoded or not), else ?s=, else the reading list. */
    static StreamId pathOrQueryStream(Context ctx) {
        String path = ctx.pathParamMap().get("stream");
        if (path != null && !path.isBlank()) {
            return StreamId.parse(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        String s = one(ctx, "s");
        return s == null || s.isBlank() ? StreamId.parse(StreamId.READING_LIST) : StreamId.parse(s);
    }

    static StreamQuery query(Context ctx, StreamId stream, int max) {
        int n = number(ctx, "n", StreamQuery.DEFAULT_COUNT);
        String c = one(ctx, "c");
        return new StreamQuery(stream, n < 1 ? StreamQuery.DEFAULT_COUNT : Math.min(n, max),
                c == null || c.isBlank() ? null : c.strip(), "o".equals(one(ctx, "r")), seconds(ctx, "ot"),
                seconds(ctx, "nt"), streams(ctx, "xt"), streams(ctx, "it"));
    }

    /** mark-all-as-read's {@code ts}: microseconds when it has 16 digits or more, else seconds; now when absent. */
    static Instant olderThan(Context ctx, Instant now) {
        String ts = one(ctx, "ts");
        if (ts == null || ts.isBlank()) {
            return now;
        }
        if (!ts.strip().matches("[0-9]{1,19}")) {
            throw ProblemException.badRequest("Parameter 'ts' must be a Unix time in seconds or microseconds");
        }
        long value = Long.parseLong(ts.strip());
        return ts.strip().length() >= 16 ? Instant.ofEpochSecond(value / 1_000_000, value % 1_000_000 * 1_000)
                : Instant.ofEpochSecond(value);
    }

    private static Instant seconds(Context ctx, String name) {
        int value = number(ctx, name, 0);
        return value <= 0 ? null : Instant.ofEpochSecond(value);
    }

    private static int number(Context ctx, String name, int absent) {
        String value = one(ctx, name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Parameter '" + name + "' must be a whole number");
        }
    }

    private static String formParamOrNull(Context ctx, String name) {
        return isForm(ctx) ? ctx.formParam(name) : null;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }
}
