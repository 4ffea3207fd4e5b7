package io.mentorfeed.api.email;

import io.mentorfeed.model.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens of one-click links: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))},
 * the payload {@code v1|expiresEpochSecond|kind|profileId|postId}. Any changed byte breaks the MAC, so a reader
 * cannot turn their link into another reader's or another post's; the expiry is inside what is signed.
 */
public final class ActionLinks {
    static final Set<String> KINDS = Set.of("commented", "skipped", "snoozed", EmailAction.UNSUBSCRIBE);
    private static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @param secret the shared secret; null for a random one (links then die with the process) */
    public ActionLinks(String secret) {
        byte[] bytes;
        if (secret == null) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String sign(EmailAction action) {
        if (!KINDS.contains(action.kind())) {
            throw new IllegalArgumentException("unknown action kind " + action.kind());
        }
        String payload = String.join("|", VERSION, Long.toString(action.expiresAt().getEpochSecond()), action.kind(),
                action.profileId(), action.postId() == null ? "" : action.postId());
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + B64.encodeToString(mac(encoded));
    }

    /** @throws InvalidActionLinkException when the token is malformed, altered or expired at {@code now} */
    public EmailAction verify(String token, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || token.length() > 2_048) {
            throw invalid();
        }
        String encoded = token.substring(0, dot);
        byte[] signature;
        byte[] payloadBytes;
        try {
            signature = B64_DECODE.decode(token.substring(dot + 1));
            payloadBytes = B64_DECODE.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(encoded), signature)) {
            throw invalid();
        }
        String[] parts = new String(payloadBytes, StandardCharsets.UTF_8).split("\\|", 5);
        if (parts.length != 5 || !VERSION.equals(parts[0]) || !KINDS.contains(parts[2])) {
            throw invalid();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (!now.isBefore(expiresAt)) {
            throw new InvalidActionLinkException("This link expired at " + expiresAt
                    + "; use the links of a newer digest", true);
        }
        return new EmailAction(parts[3], parts[2], parts[4].isEmpty() ? null : parts[4], expiresAt);
    }

    /** A short stable id of a token, for idempotency keys and logs (the token itself is a credential). */
    static String fingerprint(String token) {
        return Ids.sha256Hex(token).substring(0, 32);
    }

    private byte[] mac(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static InvalidActionLinkException invalid() {
        return new InvalidActionLinkException("This link is not valid (altered or incomplete)", false);
    }
}
