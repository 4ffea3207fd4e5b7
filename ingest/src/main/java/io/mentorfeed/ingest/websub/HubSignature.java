package io.mentorfeed.ingest.websub;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a push's {@code X-Hub-Signature: method=hex} header: the HMAC of the raw body under the subscription's
 * secret, with one of the methods WebSub names (sha1, sha256, sha384, sha512). The comparison takes the same time
 * whatever the bytes, so a forger learns nothing from how fast a guess is refused.
 */
public final class HubSignature {
    private static final Map<String, String> HMACS = Map.of(
            "sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha384", "HmacSHA384", "sha512", "HmacSHA512");

    /** What a push's signature turned out to be; every answer but VALID means the content is ignored. */
    public enum Verdict {
        VALID("valid"),
        MISSING("unsigned"),
        MALFORMED("malformed-signature"),
        UNKNOWN_METHOD("unknown-method"),
        MISMATCH("bad-signature");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        /** A stable word for logs and the refused-push meter. */
        public String reason() {
            return reason;
        }
    }

    private HubSignature() {}

    public static Verdict check(String header, byte[] secret, byte[] body) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        int equals = header.indexOf('=');
        if (equals <= 0) {
            return Verdict.MALFORMED;
        }
        String algorithm = HMACS.get(header.substring(0, equals).strip().toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return Verdict.UNKNOWN_METHOD;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(equals + 1).strip());
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
        return MessageDigest.isEqual(hmac(algorithm, secret, body), claimed) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private static byte[] hmac(String algorithm, byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e); // every JDK has the four of them
        }
    }
}
