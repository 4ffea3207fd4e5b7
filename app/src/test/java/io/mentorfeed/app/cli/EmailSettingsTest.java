package io.mentorfeed.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.email.EmailConfig;
import io.mentorfeed.app.config.ConfigException;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The email settings the digest commands (and the API) get from YAML and the environment. */
class EmailSettingsTest {
    private final OptionsLoader loader = new OptionsLoader();

    @Test
    void environmentVariablesReachEveryEmailKey() {
        MentorfeedOptions options = loader.load(MentorfeedOptions.defaults(), List.of(), Map.of(
                "MENTORFEED_API_EMAIL_ENABLED", "true",
                "MENTORFEED_API_EMAIL_SMTP_HOST", "smtp.example.org",
                "MENTORFEED_API_EMAIL_SMTP_TLS_MODE", "tls",
                "MENTORFEED_API_EMAIL_SMTP_USERNAME", "digest",
                "MENTORFEED_API_EMAIL_SMTP_PASSWORD", "hunter2",
                "MENTORFEED_API_EMAIL_FROM", "mf <d@example.org>",
                "MENTORFEED_API_EMAIL_BASE_URL", "https://mf.example.org",
                "MENTORFEED_API_EMAIL_SIGNING_SECRET", "0123456789abcdef0123456789abcdef",
                "MENTORFEED_API_EMAIL_CHECK_INTERVAL", "30s"));
        EmailConfig email = options.api().email();
        assertThat(email.enabled()).isTrue();
        assertThat(email.smtpHost()).isEqualTo("smtp.example.org");
        assertThat(email.smtpTlsMode()).isEqualTo("tls");
        assertThat(email.smtpPassword()).isEqualTo("hunter2");
        assertThat(email.checkInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.api().toString()).doesNotContain("hunter2", "0123456789abcdef0123456789abcdef");
    }

    @Test
    void enablingWithoutAServerIsOneLine() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), List.of(),
                Map.of("MENTORFEED_API_EMAIL_ENABLED", "true")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("email.smtpHost must be set when email.enabled is true")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theDemoKeepsTheEmailOffWithWorkingLinks() {
        MentorfeedOptions demo = loader.load(MentorfeedOptions.defaults(), List.of(loader.readResource("/demo.yml")), Map.of());
        assertThat(demo.api().email().enabled()).isFalse();
        assertThat(demo.api().email().signingSecret()).isNotNull();
    }
}
