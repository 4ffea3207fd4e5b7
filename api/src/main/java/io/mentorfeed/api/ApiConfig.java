package io.mentorfeed.api;

import io.mentorfeed.api.email.EmailConfig;
import io.mentorfeed.api.web.WebConfig;
import io.mentorfeed.model.Ids;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Settings of the HTTP API. Bound by the app from YAML (kebab-case keys) onto {@link #defaults()}.
 * Tokens are never configured in clear: each is given as the lower-case hex SHA-256 of the token
 * ({@code echo -n TOKEN | sha256sum}).
 *
 * @param host                  interface to listen on; loopback by default
 * @param port                  TCP port; 0 picks any free port (see {@link ApiService#port()})
 * @param maxRespondNow         most respond-now items in one digest
 * @param maxWorthReading       most worth-reading items in one digest
 * @param readModelTimeout      how long start-up waits before logging that the read model is still catching up;
 *                              readiness, not this timeout, decides when the API serves digests
 * @param adminTokenHashes      bearer tokens for mentors, feeds and every profile
 * @param profileTokenHashes    profile id to the hashes of the bearer tokens of that profile's resources
 * @param feedTokenHashes       profile id to the hashes of read-only tokens for its reading-list feeds (?token=)
 * @param anonymousReadProfiles profiles whose reads need no token from a loopback client (the demo's reader)
 * @param corsOrigins           origins allowed by CORS; empty (the default) turns CORS off
 * @param maxBodyBytes          largest request body accepted; larger ones get 413
 * @param discoveryAllowPrivate whether mentor feed discovery may fetch loopback and private addresses
 * @param email                 the daily digest email (see {@link EmailConfig}); disabled by default
 * @param web                   the reader's web page and the Google Reader API (see {@link WebConfig}); on by default
 */
public record ApiConfig(String host, int port, int maxRespondNow, int maxWorthReading, Duration readModelTimeout,
                        List<String> adminTokenHashes, Map<String, List<String>> profileTokenHashes,
                        Map<String, List<String>> feedTokenHashes, List<String> anonymousReadProfiles,
                        List<String> corsOrigins, long maxBodyBytes, boolean discoveryAllowPrivate,
                        EmailConfig email, WebConfig web) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " must be between 0 and 65535");
        }
        if (maxRespondNow < 0) {
            throw new IllegalArgumentException("maxRespondNow " + maxRespondNow + " must not be negative");
        }
        if (maxWorthReading < 0) {
            throw new IllegalArgumentException("maxWorthReading " + maxWorthReading + " must not be negative");
        }
        if (readModelTimeout == null || readModelTimeout.isNegative() || readModelTimeout.isZero()) {
            throw new IllegalArgumentException("readModelTimeout " + readModelTimeout + " must be positive");
        }
        if (maxBodyBytes < 1_024 || maxBodyBytes > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + " must be between 1024 and 64 MiB");
        }
        host = host.strip();
        adminTokenHashes = hashes("adminTokenHashes", adminTokenHashes);
        profileTokenHashes = hashesByProfile("profileTokenHashes", profileTokenHashes);
        feedTokenHashes = hashesByProfile("feedTokenHashes", feedTokenHashes);
        anonymousReadProfiles = anonymousReadProfiles == null ? List.of() : List.copyOf(anonymousReadProfiles);
        anonymousReadProfiles.forEach(id -> Ids.requireValid("anonymousReadProfiles entry", id));
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        email = email == null ? EmailConfig.defaults() : email;
        web = web == null ? WebConfig.defaults() : web;
    }

    /** The settings as they were before the web page: the page's defaults. */
    public ApiConfig(String host, int port, int maxRespondNow, int maxWorthReading, Duration readModelTimeout,
                     List<String> adminTokenHashes, Map<String, List<String>> profileTokenHashes,
                     Map<String, List<String>> feedTokenHashes, List<String> anonymousReadProfiles,
                     List<String> corsOrigins, long maxBodyBytes, boolean discoveryAllowPrivate, EmailConfig email) {
        this(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes, profileTokenHashes,
                feedTokenHashes, anonymousReadProfiles, corsOrigins, maxBodyBytes, discoveryAllowPrivate, email, null);
    }

    /** The settings as they were before the email: email disabled. */
    public ApiConfig(String host, int port, int maxRespondNow, int maxWorthReading, Duration readModelTimeout,
                     List<String> adminTokenHashes, Map<String, List<String>> profileTokenHashes,
                     Map<String, List<String>> feedTokenHashes, List<String> anonymousReadProfiles,
                     List<String> corsOrigins, long maxBodyBytes, boolean discoveryAllowPrivate) {
        this(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes, profileTokenHashes,
                feedTokenHashes, anonymousReadProfiles, corsOrigins, maxBodyBytes, discoveryAllowPrivate, null);
    }

    public ApiConfig withEmail(EmailConfig newEmail) {
        return new ApiConfig(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes,
                profileTokenHashes, feedTokenHashes, anonymousReadProfiles, corsOrigins, maxBodyBytes,
                discoveryAllowPrivate, newEmail, web);
    }

    /** The settings without authentication or CORS (tests and tools). */
    public ApiConfig(String host, int port, int maxRespondNow, int maxWorthReading, Duration readModelTimeout) {
        this(host, port, maxRespondNow, maxWorthReading, readModelTimeout, List.of(), Map.of(), Map.of(), List.of(),
                List.of(), 1024 * 1024, false);
    }

    public static ApiConfig defaults() {
        return new ApiConfig("127.0.0.1", 8080, 3, 10, Duration.ofSeconds(30), List.of(), Map.of(), Map.of(),
                List.of(), List.of(), 1024 * 1024, false);
    }

    public ApiConfig withPort(int newPort) {
        return new ApiConfig(host, newPort, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes,
                profileTokenHashes, feedTokenHashes, anonymousReadProfiles, corsOrigins, maxBodyBytes,
                discoveryAllowPrivate, email, web);
    }

    public ApiConfig withAnonymousReadProfiles(List<String> profileIds) {
        return new ApiConfig(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes,
                profileTokenHashes, feedTokenHashes, profileIds, corsOrigins, maxBodyBytes, discoveryAllowPrivate,
                email, web);
    }

    public ApiConfig withTokens(List<String> admin, Map<String, List<String>> profiles,
                                Map<String, List<String>> feeds) {
        return new ApiConfig(host, port, maxRespondNow, maxWorthReading, readModelTimeout, admin, profiles, feeds,
                anonymousReadProfiles, corsOrigins, maxBodyBytes, discoveryAllowPrivate, email, web);
    }

    public ApiConfig withCorsOrigins(List<String> origins) {
        return new ApiConfig(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes,
                profileTokenHashes, feedTokenHashes, anonymousReadProfiles, origins, maxBodyBytes,
                discoveryAllowPrivate, email, web);
    }

    public ApiConfig withDiscoveryAllowPrivate(boolean allow) {
        return new ApiConfig(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes,
                profileTokenHashes, feedTokenHashes, anonymousReadProfiles, corsOrigins, maxBodyBytes, allow,
                email, web);
    }

    public ApiConfig withWeb(WebConfig newWeb) {
        return new ApiConfig(host, port, maxRespondNow, maxWorthReading, readModelTimeout, adminTokenHashes,
                profileTokenHashes, feedTokenHashes, anonymousReadProfiles, corsOrigins, maxBodyBytes,
                discoveryAllowPrivate, email, newWeb);
    }

    /** Shows how many token hashes there are, not the hashes: logs of the settings must not help guessing. */
    @Override
    public String toString() {
        return "ApiConfig[host=" + host + ", port=" + port + ", maxRespondNow=" + maxRespondNow + ", maxWorthReading="
                + maxWorthReading + ", readModelTimeout=" + readModelTimeout + ", adminTokenHashes="
                + adminTokenHashes.size() + ", profileTokenHashes=" + profileTokenHashes.keySet() + ", feedTokenHashes="
                + feedTokenHashes.keySet() + ", anonymousReadProfiles=" + anonymousReadProfiles + ", corsOrigins="
                + corsOrigins + ", maxBodyBytes=" + maxBodyBytes + ", discoveryAllowPrivate=" + discoveryAllowPrivate
                + ", email=" + email + ", web=" + web + "]";
    }

    private static List<String> hashes(String what, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (value == null || !SHA256_HEX.matcher(value).matches()) {
                throw new IllegalArgumentException(what + " entries must be 64 lower-case hex digits (a SHA-256 of "
                        + "the token, e.g. echo -n TOKEN | sha256sum), never the token itself");
            }
        }
        return List.copyOf(values);
    }

    private static Map<String, List<String>> hashesByProfile(String what, Map<String, List<String>> values) {
        if (values == null) {
            return Map.of();
        }
        values.keySet().forEach(id -> Ids.requireValid(what + " profile id", id));
        return values.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> hashes(what + "." + e.getKey(), e.getValue())));
    }
}
