package io.mentorfeed.api.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed-in reader as the page's cookie carries it: the profile id and the token they signed in with (the
 * profile's own or an admin's), checked against the configured hashes on every request like a bearer token, so
 * there is no server-side session and any API instance serves any request. The CSRF token is an HMAC of the
 * profile id keyed by that token: the same on every instance, and unknown to a page that cannot read the cookie.
 */
public record Session(String profileId, String token) {
    public static final String COOKIE = "mf_session";

    /** The cookie's value: base64url of "profileId\ntoken", which keeps any token cookie-safe. */
    public String cookieValue() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((profileId + "\n" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** @return empty when the value is not one {@link #cookieValue()} made */
    public static Optional<Session> fromCookie(String value) {
        if (value == null || value.isEmpty() || value.length() > 2048) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int newline = raw.indexOf('\n');
            if (newline <= 0 || newline == raw.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Session(raw.substring(0, newline), raw.substring(newline + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String csrfToken() {
        return hmac(token, "mentorfeed-web-csrf\n" + profileId);
    }

    /** base64url HMAC-SHA256 of {@code message} under {@code key}. */
    public static String hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    /** The token stays out of logs. */
    @Override
    public String toString() {
        return "Session[profileId=" + profileId + "]";
    }
}
