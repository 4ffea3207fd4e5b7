package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailConfigTest {
    private static final String NEW_SECRET = "the-signing-secret-after-a-rotation-0123456789";

    private static EmailConfig enabled(String host, String secret, String tls) {
        return new EmailConfig(true, host, 587, tls, "user", "hunter2", "mf <d@example.org>", "https://mf.example.org/",
                secret, List.of(), Duration.ofDays(7), true, Duration.ofMinutes(1), 5, Duration.ofSeconds(2),
                Duration.ofDays(1));
    }

    @Test
    void enablingNeedsAServerAnAddressAndASecret() {
        assertThat(enabled("smtp.example.org", EmailFixtures.SECRET, "STARTTLS").smtpTlsMode()).isEqualTo("starttls");
        assertThat(enabled("smtp.example.org", EmailFixtures.SECRET, "tls").baseUrl()).isEqualTo("https://mf.example.org");
        assertThatThrownBy(() -> enabled(" ", EmailFixtures.SECRET, "tls")).hasMessageContaining("email.smtpHost");
        assertThatThrownBy(() -> enabled("h", null, "tls")).hasMessageContaining("email.signingSecret");
        assertThatThrownBy(() -> enabled("h", "short", "tls")).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> enabled("h", EmailFixtures.SECRET, "ssl3")).hasMessageContaining("smtpTlsMode");
        assertThat(EmailConfig.defaults().enabled()).isFalse();
    }

    @Test
    void previousSigningSecretsAreNoneByDefaultAndBlanksAreDropped() {
        assertThat(EmailConfig.defaults().previousSigningSecrets()).isEmpty();
        EmailConfig rotated = EmailConfig.defaults().withSigningSecrets(NEW_SECRET,
                Arrays.asList(" ", null, " " + EmailFixtures.SECRET + " "));
        assertThat(rotated.previousSigningSecrets()).containsExactly(EmailFixtures.SECRET);
    }

    @Test
    void aShortPreviousSecretIsRefusedByItsPlaceNeverItsValue() {
        assertThatThrownBy(() -> EmailConfig.defaults().withSigningSecrets(NEW_SECRET,
                List.of(EmailFixtures.SECRET, "leaked-but-short")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email.previousSigningSecrets item 2 must be at least 32 characters")
                .hasMessageNotContaining("leaked-but-short");
    }

    @Test
    void secretsAreNeverShown() {
        String shown = enabled("smtp.example.org", NEW_SECRET, "tls")
                .withSigningSecrets(NEW_SECRET, List.of(EmailFixtures.SECRET)).toString();
        assertThat(shown).doesNotContain("hunter2", NEW_SECRET, EmailFixtures.SECRET)
                .contains("smtpPassword=***", "signingSecret=***", "previousSigningSecrets=1");
    }
}
