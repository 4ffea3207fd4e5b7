package io.mentorfeed.ingest.fulltext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.ingest.IngestConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FullTextConfigTest {
    @Test
    void theServiceDefaultsReadFullTexts() {
        assertThat(IngestConfig.defaults().fullText()).isEqualTo(FullTextConfig.defaults());
        assertThat(IngestConfig.defaults().fullText().enabled()).isTrue();
        assertThat(FullTextConfig.off().enabled()).isFalse();
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new FullTextConfig(true, 500, 100, 10, 10, Duration.ofMinutes(1)))
                .hasMessageContaining("maxPageBytes");
        assertThatThrownBy(() -> new FullTextConfig(true, 500, 4096, 0, 10, Duration.ofMinutes(1)))
                .hasMessageContaining("cacheSize");
        assertThatThrownBy(() -> new FullTextConfig(true, 500, 4096, 10, 0, Duration.ofMinutes(1)))
                .hasMessageContaining("perPoll");
        assertThatThrownBy(() -> new FullTextConfig(true, 500, 4096, 10, 10, Duration.ZERO))
                .hasMessageContaining("pollBudget");
    }
}
