package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaConfigTest {
    @Test
    void defaultsAreTheUsualLocalBroker() {
        EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults();
        assertThat(config.dataDir()).isEqualTo(Path.of("data", "kafka"));
        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.controllerPort()).isEqualTo(9093);
        assertThat(config.extra()).isEmpty();
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        Path dir = Path.of("d");
        assertThatThrownBy(() -> new EmbeddedKafkaConfig(null, "h", 1, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataDir");
        assertThatThrownBy(() -> new EmbeddedKafkaConfig(dir, " ", 1, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> new EmbeddedKafkaConfig(dir, "h", 0, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> new EmbeddedKafkaConfig(dir, "h", 1, 70000, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controllerPort");
        assertThatThrownBy(() -> new EmbeddedKafkaConfig(dir, "h", 5, 5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controllerPort must differ");
        assertThatThrownBy(() -> new EmbeddedKafkaConfig(dir, "h", 1, 2, Map.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startTimeout");
    }

    @Test
    void nullExtraIsEmpty() {
        assertThat(new EmbeddedKafkaConfig(Path.of("d"), "h", 1, 2, null).extra()).isEmpty();
    }
}
