package io.mentorfeed.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    @Test
    void defaultsListenOnLoopbackOnly() {
        ApiConfig defaults = ApiConfig.defaults();
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.maxRespondNow()).isEqualTo(3);
        assertThat(defaults.maxWorthReading()).isEqualTo(10);
        assertThat(defaults.readModelTimeout()).isPositive();
        assertThat(defaults.withPort(0).port()).isZero();
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        Duration timeout = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new ApiConfig(" ", 80, 3, 10, timeout)).hasMessageContaining("host");
        assertThatThrownBy(() -> new ApiConfig("h", 70_000, 3, 10, timeout)).hasMessageContaining("port");
        assertThatThrownBy(() -> new ApiConfig("h", 80, -1, 10, timeout)).hasMessageContaining("maxRespondNow");
        assertThatThrownBy(() -> new ApiConfig("h", 80, 3, -1, timeout)).hasMessageContaining("maxWorthReading");
        assertThatThrownBy(() -> new ApiConfig("h", 80, 3, 10, Duration.ZERO))
                .hasMessageContaining("readModelTimeout");
        assertThatThrownBy(() -> new ApiConfig("h", 80, 3, 10, null)).hasMessageContaining("readModelTimeout");
    }

    @Test
    void toStringNeverShowsTokenHashes() {
        String hash = io.mentorfeed.model.Ids.sha256Hex("t");
        ApiConfig config = ApiConfig.defaults().withTokens(java.util.List.of(hash),
                java.util.Map.of("ada", java.util.List.of(hash)), java.util.Map.of());
        assertThat(config.toString()).doesNotContain(hash).contains("adminTokenHashes=1").contains("[ada]");
    }
}
