package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebSubConfigTest {
    private static final WebSubConfig OFF = WebSubConfig.defaults();

    @Test
    void isOffWithoutACallbackUrl() {
        assertThat(OFF.enabled()).isFalse();
        assertThat(OFF.withCallback("  ", "127.0.0.1", 9410).enabled()).isFalse();
        assertThat(OFF.pollInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(OFF.allowInsecureHubs()).isFalse();
    }

    @Test
    void aCallbackUrlTurnsItOnAndLosesItsTrailingSlash() {
        WebSubConfig on = OFF.withCallback("https://ingest-1.example.org/websub/", "0.0.0.0", 9410);

        assertThat(on.enabled()).isTrue();
        assertThat(on.callbackBase()).isEqualTo(URI.create("https://ingest-1.example.org/websub"));
        assertThat(OFF.withCallback("http://10.0.0.5:9410", "0.0.0.0", 9410).callbackBase())
                .isEqualTo(URI.create("http://10.0.0.5:9410"));
    }

    @Test
    void refusesACallbackUrlHubsCannotCall() {
        for (String bad : new String[] {"ingest-1.example.org/websub", "/websub", "ftp://ingest.example/",
                "https://", "http://a b/"}) {
            assertThatThrownBy(() -> OFF.withCallback(bad, "0.0.0.0", 9410))
                    .hasMessageStartingWith("callback-url must be an absolute http(s) URL");
        }
        assertThatThrownBy(() -> OFF.withCallback("https://ingest.example/websub?x=1", "0.0.0.0", 9410))
                .hasMessageContaining("no query");
    }

    @Test
    void refusesABadListenerOrDurations() {
        assertThatThrownBy(() -> OFF.withCallback("https://i.example/", "0.0.0.0", 70000))
                .hasMessage("listen-port must be between 0 and 65535, was 70000");
        assertThatThrownBy(() -> OFF.withCallback("https://i.example/", " ", 9410))
                .hasMessage("listen-host must not be blank");
        assertThatThrownBy(() -> OFF.withPollInterval(Duration.ZERO)).hasMessageStartingWith("poll-interval");
        assertThatThrownBy(() -> OFF.withLease(Duration.ofMillis(500))).hasMessageStartingWith("lease");
    }
}
