package io.mentorfeed.api.web;

import java.time.Duration;

/**
 * The reader's web page and the Google Reader API (YAML {@code api.web.*}, env {@code MENTORFEED_API_WEB_*}).
 *
 * @param enabled       whether the page is served under {@code /} (and the Google Reader API under
 *                      {@code /greader}, see {@code googleReader})
 * @param secureCookie  whether the sign-in cookie is marked Secure (sent over HTTPS only). Browsers treat
 *                      {@code http://localhost} and {@code http://127.0.0.1} as secure, so it works there too; turn
 *                      it off only behind a plain-HTTP proxy on another host (and then only on a trusted network)
 * @param sessionFor    how long the sign-in cookie lasts
 * @param snoozeFor     how long the page's Snooze button puts a post away
 * @param pageSize      items per page of the reading list on the page (10 to 100)
 * @param googleReader  whether the Google Reader API is served under {@code /greader}
 */
public record WebConfig(boolean enabled, boolean secureCookie, Duration sessionFor, Duration snoozeFor, int pageSize,
                        boolean googleReader) {
    public WebConfig {
        requireAtLeast("sessionFor", sessionFor, Duration.ofMinutes(5));
        requireAtLeast("snoozeFor", snoozeFor, Duration.ofHours(1));
        if (snoozeFor.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("web.snoozeFor " + snoozeFor + " must be at most 366 days");
        }
        if (pageSize < 10 || pageSize > 100) {
            throw new IllegalArgumentException("web.pageSize " + pageSize + " must be between 10 and 100");
        }
    }

    public static WebConfig defaults() {
        return new WebConfig(true, true, Duration.ofDays(30), Duration.ofDays(1), 50, true);
    }

    private static void requireAtLeast(String name, Duration value, Duration least) {
        if (value == null || value.compareTo(least) < 0) {
            throw new IllegalArgumentException("web." + name + " " + value + " must be at least " + least);
        }
    }
}
