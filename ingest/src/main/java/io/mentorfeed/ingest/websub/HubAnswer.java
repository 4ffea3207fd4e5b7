package io.mentorfeed.ingest.websub;

/**
 * How a hub took a subscribe or unsubscribe request: accepted (2xx: verification follows), refused (another
 * status), failed (no answer), or not sent at all because the hub may not be used (plain http, private address).
 */
public record HubAnswer(Outcome outcome, int status, String reason) {
    public enum Outcome { ACCEPTED, REFUSED, FAILED, NOT_ALLOWED }

    static HubAnswer of(int status) {
        return status >= 200 && status < 300 ? new HubAnswer(Outcome.ACCEPTED, status, null)
                : new HubAnswer(Outcome.REFUSED, status, "HTTP " + status);
    }

    static HubAnswer failed(String reason) {
        return new HubAnswer(Outcome.FAILED, 0, reason);
    }

    static HubAnswer notAllowed(String reason) {
        return new HubAnswer(Outcome.NOT_ALLOWED, 0, reason);
    }

    /** A stable word for logs and meters. */
    String word() {
        return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
