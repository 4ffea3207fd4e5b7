package io.mentorfeed.api.email;

import io.mentorfeed.model.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens of one-click links: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))},
 * the payload {@code v1|expiresEpochSecond|kind|profileId|postId}. Any changed byte breaks the MAC, so a reader
 * cannot turn their link into another reader's or another post's; the expiry is inside what is signed.
 *
 * <p>Links are signed with the current secret only, and verified with it or any previous one: after a rotation the
 * links already in readers' mailboxes keep working until the previous secret is removed from the settings.
 */
public final class ActionLinks {
    static final Set<String> KINDS = Set.of("commented", "skipped", "snoozed", EmailAction.UNSUBSCRIBE);
    private static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec signingKey;
    /** The signing key, then the previous ones. */
    private final List<SecretKeySpec> acceptedKeys;

    /** @param secret the shared secret; null for a random one (links then die with the process) */
    public ActionLinks(String secret) {
        this(secret, List.of());
    }

    /**
     * @param secret          the shared secret links are signed with; null for a random one (links then die with
     *                        the process)
     * @param previousSecrets secrets that signed links still in mailboxes: accepted, never used to sign
     */
    public ActionLinks(String secret, List<String> previousSecrets) {
        this.signingKey = secret == null ? randomKey() : key(secret);
        List<SecretKeySpec> accepted = new ArrayList<>();
        accepted.add(signingKey);
        previousSecrets.forEach(previous -> accepted.add(key(previous)));
        this.acceptedKeys = List.copyOf(accepted);
    }

    /** The links of these settings: signed with the signing secret, the previous secrets still accepted. */
    public static ActionLinks from(EmailConfig email) {
        return new ActionLinks(email.signingSecret(), email.previousSigningSecrets());
    }

    public String sign(EmailAction action) {
        if (!KINDS.contains(action.kind())) {
            throw new IllegalArgumentException("unknown action kind " + action.kind());
        }
        String payload = String.join("|", VERSION, Long.toString(action.expiresAt().getEpochSecond()), action.kind(),
                action.profileId(), action.postId() == null ? "" : action.postId());
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + B64.encodeToString(mac(signingKey, encoded));
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
        if (!signedWithAnAcceptedKey(encoded, signature)) {
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

    /**
     * Constant-time comparisons, and every key is tried even after a match, so that the time taken tells an attacker
     * nothing about how close a forged signature came, nor which secret signed a link.
     */
    private boolean signedWithAnAcceptedKey(String encodedPayload, byte[] signature) {
        boolean accepted = false;
        for (SecretKeySpec key : acceptedKeys) {
            accepted |= MessageDigest.isEqual(mac(key, encodedPayload), signature);
        }
        return accepted;
    }

    private static byte[] mac(SecretKeySpec key, String encodedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static SecretKeySpec randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static InvalidActionLinkException invalid() {
        return new InvalidActionLinkException("This link is not valid (altered or incomplete)", false);
    }
}
