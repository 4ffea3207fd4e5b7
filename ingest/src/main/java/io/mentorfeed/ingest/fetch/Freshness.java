package io.mentorfeed.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a response says it stays fresh: Cache-Control max-age (s-maxage first), else Expires; null if unsaid. */
final class Freshness {
    private static final Pattern MAX_AGE = Pattern.compile("(?:s-maxage|max-age)\\s*=\\s*\"?(\\d{1,10})");

    private Freshness() {}

    static Duration of(HttpHeaders headers, Clock clock) {
        String cacheControl = headers.firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        if (cacheControl.contains("no-cache") || cacheControl.contains("no-store")) {
            return null;
        }
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        if (matcher.find()) {
            return Duration.ofSeconds(Long.parseLong(matcher.group(1)));
        }
        return headers.firstValue("Expires").map(expires -> {
            try {
                Duration left = Duration.between(clock.instant(),
                        ZonedDateTime.parse(expires.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return left.isNegative() ? null : left;
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }
}
