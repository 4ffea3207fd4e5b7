package io.mentorfeed.api.email;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The daily digest email (YAML {@code api.email.*}, env {@code MENTORFEED_API_EMAIL_*}). Disabled by default: the
 * API then sends nothing, but still serves {@code digest.html} and honours action links it signed.
 *
 * @param enabled        whether this API instance schedules and sends digests
 * @param smtpHost       SMTP server
 * @param smtpPort       SMTP port (587 for STARTTLS, 465 for TLS, 25 for none)
 * @param smtpTlsMode    {@code starttls} (required, the default), {@code tls} (implicit TLS) or {@code none}
 * @param smtpUsername   SMTP user; blank for no authentication
 * @param smtpPassword   SMTP password; never logged
 * @param from           the From address, e.g. {@code mentorfeed <digest@example.org>}
 * @param baseUrl        public URL of the API, without /api/v1, for the links in emails
 * @param signingSecret  HMAC key of action links (at least 32 characters); the same on every API instance; never
 *                       logged. Blank: a random key per process, so links die with it (allowed only when disabled)
 * @param previousSigningSecrets secrets that signed links still in readers' mailboxes: accepted, never used to sign,
 *                       so that the signing secret can be rotated without breaking those links; each at least 32
 *                       characters; never logged. Empty by default
 * @param linkLifetime   how long an action link works
 * @param skipWhenEmpty  send nothing on a day with nothing in the digest
 * @param checkInterval  how often the scheduler looks for due digests
 * @param maxAttempts    SMTP attempts on temporary failures before giving up (dead letter)
 * @param retryBackoff   wait before the second attempt, doubled each time
 * @param snoozeFor      how long the snooze action puts a post away
 */
public record EmailConfig(boolean enabled, String smtpHost, int smtpPort, String smtpTlsMode, String smtpUsername,
                          String smtpPassword, String from, String baseUrl, String signingSecret,
                          List<String> previousSigningSecrets, Duration linkLifetime, boolean skipWhenEmpty,
                          Duration checkInterval, int maxAttempts, Duration retryBackoff, Duration snoozeFor) {
    static final List<String> TLS_MODES = List.of("starttls", "tls", "none");

    public EmailConfig {
        smtpTlsMode = smtpTlsMode == null ? "starttls" : smtpTlsMode.strip().toLowerCase(Locale.ROOT);
        if (!TLS_MODES.contains(smtpTlsMode)) {
            throw new IllegalArgumentException("email.smtpTlsMode '" + smtpTlsMode + "' must be one of " + TLS_MODES);
        }
        if (smtpPort < 1 || smtpPort > 65_535) {
            throw new IllegalArgumentException("email.smtpPort " + smtpPort + " must be between 1 and 65535");
        }
        requirePositive("linkLifetime", linkLifetime);
        requirePositive("checkInterval", checkInterval);
        requirePositive("retryBackoff", retryBackoff);
        requirePositive("snoozeFor", snoozeFor);
        if (snoozeFor.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("email.snoozeFor " + snoozeFor + " must be at least 1h");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("email.maxAttempts " + maxAttempts + " must be between 1 and 20");
        }
        baseUrl = blankToNull(baseUrl);
        if (baseUrl != null) {
            URI uri = URI.create(baseUrl);
            if (!List.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("email.baseUrl must be an http(s) URL, e.g. https://mentorfeed.example.org");
            }
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
        signingSecret = blankToNull(signingSecret);
        if (signingSecret != null && signingSecret.length() < 32) {
            throw new IllegalArgumentException("email.signingSecret must be at least 32 characters (e.g. openssl rand -hex 32)");
        }
        previousSigningSecrets = previousSecrets(previousSigningSecrets);
        smtpUsername = blankToNull(smtpUsername);
        smtpHost = blankToNull(smtpHost);
        from = blankToNull(from);
        if (enabled) {
            require(smtpHost, "smtpHost");
            require(from, "from");
            require(baseUrl, "baseUrl");
            require(signingSecret, "signingSecret");
        }
    }

    public static EmailConfig defaults() {
        return new EmailConfig(false, null, 587, "starttls", null, null, null, "http://127.0.0.1:8080", null, List.of(),
                Duration.ofDays(7), true, Duration.ofMinutes(1), 5, Duration.ofSeconds(2), Duration.ofDays(1));
    }

    /** Settings for a test or a tool sending through {@code host:port} without TLS or authentication. */
    public static EmailConfig plainSmtp(String host, int port, String baseUrl, String secret) {
        return new EmailConfig(true, host, port, "none", null, null, "mentorfeed <digest@mentorfeed.test>", baseUrl,
                secret, List.of(), Duration.ofDays(7), true, Duration.ofMillis(200), 3, Duration.ofMillis(50),
                Duration.ofDays(1));
    }

    public EmailConfig withCheckInterval(Duration interval) {
        return new EmailConfig(enabled, smtpHost, smtpPort, smtpTlsMode, smtpUsername, smtpPassword, from, baseUrl,
                signingSecret, previousSigningSecrets, linkLifetime, skipWhenEmpty, interval, maxAttempts, retryBackoff,
                snoozeFor);
    }

    public EmailConfig withSkipWhenEmpty(boolean skip) {
        return new EmailConfig(enabled, smtpHost, smtpPort, smtpTlsMode, smtpUsername, smtpPassword, from, baseUrl,
                signingSecret, previousSigningSecrets, linkLifetime, skip, checkInterval, maxAttempts, retryBackoff,
                snoozeFor);
    }

    /** The secret links are signed with, and those they were signed with before a rotation. */
    public EmailConfig withSigningSecrets(String secret, List<String> previous) {
        return new EmailConfig(enabled, smtpHost, smtpPort, smtpTlsMode, smtpUsername, smtpPassword, from, baseUrl,
                secret, previous, linkLifetime, skipWhenEmpty, checkInterval, maxAttempts, retryBackoff, snoozeFor);
    }

    /** Secrets shown as set or not (the previous ones counted), never their value. */
    @Override
    public String toString() {
        return "EmailConfig[enabled=" + enabled + ", smtpHost=" + smtpHost + ", smtpPort=" + smtpPort
                + ", smtpTlsMode=" + smtpTlsMode + ", smtpUsername=" + smtpUsername + ", smtpPassword="
                + (smtpPassword == null ? "unset" : "***")
                + ", from=" + from + ", baseUrl=" + baseUrl + ", signingSecret="
                + (signingSecret == null ? "unset" : "***") + ", previousSigningSecrets="
                + previousSigningSecrets.size() + ", linkLifetime=" + linkLifetime + ", skipWhenEmpty="
                + skipWhenEmpty + ", checkInterval=" + checkInterval + ", maxAttempts=" + maxAttempts
                + ", retryBackoff=" + retryBackoff + ", snoozeFor=" + snoozeFor + "]";
    }

    /**
     * Blank items are dropped (an empty environment variable means none). The message names the item by its
     * position, never by its value: this line ends up in logs.
     */
    private static List<String> previousSecrets(List<String> values) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            String secret = blankToNull(values.get(i));
            if (secret == null) {
                continue;
            }
            if (secret.length() < 32) {
                throw new IllegalArgumentException("email.previousSigningSecrets item " + (i + 1)
                        + " must be at least 32 characters, like email.signingSecret");
            }
            secrets.add(secret);
        }
        return List.copyOf(secrets);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("email." + name + " " + value + " must be positive");
        }
    }

    private static void require(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("email." + name + " must be set when email.enabled is true");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
