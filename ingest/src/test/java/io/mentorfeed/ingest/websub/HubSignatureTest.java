package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.ingest.websub.HubSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HubSignatureTest {
    private static final byte[] SECRET = "s3cret-of-this-subscription".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY = "<feed><entry><id>new</id></entry></feed>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource({"sha1, HmacSHA1", "sha256, HmacSHA256", "sha384, HmacSHA384", "sha512, HmacSHA512",
            "SHA256, HmacSHA256"})
    void acceptsEachMethodWebSubNames(String method, String jdkName) throws Exception {
        assertThat(HubSignature.check(method + "=" + hmac(jdkName, SECRET, BODY), SECRET, BODY))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecretOrOverAnotherBody() throws Exception {
        byte[] otherSecret = "someone-else".getBytes(StandardCharsets.US_ASCII);
        assertThat(HubSignature.check("sha256=" + hmac("HmacSHA256", otherSecret, BODY), SECRET, BODY))
                .isEqualTo(Verdict.MISMATCH);
        byte[] tampered = "<feed><entry><id>evil</id></entry></feed>".getBytes(StandardCharsets.UTF_8);
        assertThat(HubSignature.check("sha256=" + hmac("HmacSHA256", SECRET, BODY), SECRET, tampered))
                .isEqualTo(Verdict.MISMATCH);
        // The right HMAC named with the wrong method is wrong too.
        assertThat(HubSignature.check("sha512=" + hmac("HmacSHA256", SECRET, BODY), SECRET, BODY))
                .isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aMissingHeaderIsUnsigned() {
        assertThat(HubSignature.check(null, SECRET, BODY)).isEqualTo(Verdict.MISSING);
        assertThat(HubSignature.check("  ", SECRET, BODY)).isEqualTo(Verdict.MISSING);
        assertThat(Verdict.MISSING.reason()).isEqualTo("unsigned");
    }

    @Test
    void anUnknownMethodOrAMalformedValueIsRefused() throws Exception {
        assertThat(HubSignature.check("md5=" + hmac("HmacMD5", SECRET, BODY), SECRET, BODY))
                .isEqualTo(Verdict.UNKNOWN_METHOD);
        assertThat(HubSignature.check("sha256", SECRET, BODY)).isEqualTo(Verdict.MALFORMED);
        assertThat(HubSignature.check("=abc", SECRET, BODY)).isEqualTo(Verdict.MALFORMED);
        assertThat(HubSignature.check("sha256=not-hex", SECRET, BODY)).isEqualTo(Verdict.MALFORMED);
        assertThat(HubSignature.check("sha256=", SECRET, BODY)).isEqualTo(Verdict.MISMATCH);
    }

    /** Computed with the JDK directly, not with the class under test. */
    static String hmac(String algorithm, byte[] secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret, algorithm));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
