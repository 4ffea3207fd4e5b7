package io.mentorfeed.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.web.WebConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The api.web keys (docs/api.md): defaults in code, overridden by the environment, bad values named. */
class WebOptionsTest {
    private final OptionsLoader loader = new OptionsLoader();

    @Test
    void thePageIsOnWithSecureCookiesByDefaultAndTheEnvironmentChangesEachKey() {
        assertThat(loader.load(MentorfeedOptions.defaults(), (Path) null, Map.of()).api().web())
                .isEqualTo(WebConfig.defaults());
        WebConfig web = loader.load(MentorfeedOptions.defaults(), (Path) null, Map.of(
                "MENTORFEED_API_WEB_SECURE_COOKIE", "false", "MENTORFEED_API_WEB_SNOOZE_FOR", "3d",
                "MENTORFEED_API_WEB_PAGE_SIZE", "20", "MENTORFEED_API_WEB_GOOGLE_READER", "false",
                "MENTORFEED_API_WEB_SESSION_FOR", "12h")).api().web();
        assertThat(web).isEqualTo(new WebConfig(true, false, Duration.ofHours(12), Duration.ofDays(3), 20, false));
    }

    @Test
    void aBadValueIsNamed() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), (Path) null,
                Map.of("MENTORFEED_API_WEB_PAGE_SIZE", "5"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("pageSize 5 must be between 10 and 100");
    }
}
