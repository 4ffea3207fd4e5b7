package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.ingest.fulltext.FullTextConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        IngestConfig config = IngestConfig.defaults();
        assertThat(config.groupId()).isEqualTo("mentorfeed-ingest");
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.maxPollInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxBodyBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(config.maxEntriesPerFeed()).isEqualTo(200);
        assertThat(config.maxConcurrentFetches()).isEqualTo(16);
        assertThat(config.userAgent()).isEqualTo("mentorfeed/0.1 (+https://github.com/mentorfeed/mentorfeed)");
        assertThat(IngestConfig.builder().build()).isEqualTo(config);
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> IngestConfig.builder().groupId(" ").build()).hasMessageContaining("groupId");
        assertThatThrownBy(() -> IngestConfig.builder().pollInterval(Duration.ofHours(7)).build())
                .hasMessageContaining("maxPollInterval");
        assertThatThrownBy(() -> IngestConfig.builder().connectTimeout(Duration.ZERO).build())
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> IngestConfig.builder().maxBodyBytes(10).build()).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> IngestConfig.builder().maxEntriesPerFeed(0).build())
                .hasMessageContaining("maxEntriesPerFeed");
        assertThatThrownBy(() -> IngestConfig.builder().maxConcurrentFetches(0).build())
                .hasMessageContaining("maxConcurrentFetches");
    }

    @Test
    void newerSettingsHaveSafeDefaultsAndAreChecked() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.allowPrivateAddresses()).isFalse();
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.maxConcurrentPerHost()).isEqualTo(4);
        assertThat(d.pollFloor()).isEqualTo(Duration.ofMinutes(5));
        assertThat(d.toBuilder().allowPrivateAddresses(true).build().allowPrivateAddresses()).isTrue();
        assertThatThrownBy(() -> d.toBuilder().maxRedirects(21).build()).hasMessageContaining("maxRedirects");
        assertThatThrownBy(() -> d.toBuilder().maxConcurrentPerHost(0).build())
                .hasMessageContaining("maxConcurrentPerHost");
    }

    @Test
    void commentsFeedsAreReadForTheNewestFiveYoungEntriesHourlyByDefault() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.commentsEntries()).isEqualTo(5);
        assertThat(d.commentsMaxAge()).isEqualTo(Duration.ofDays(7));
        assertThat(d.commentsPollInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(d.toBuilder().allowPrivateAddresses(true).build().commentsEntries()).isEqualTo(5);
        assertThat(d.toBuilder().withoutComments().build().commentsEntries()).isZero();
        assertThatThrownBy(() -> d.toBuilder().commentsEntries(-1).build()).hasMessageContaining("commentsEntries");
        assertThatThrownBy(() -> d.toBuilder().commentsMaxAge(Duration.ZERO).build())
                .hasMessageContaining("commentsMaxAge");
        assertThatThrownBy(() -> d.toBuilder().commentsPollInterval(null).build())
                .hasMessageContaining("commentsPollInterval");
    }

    @Test
    void fullTextIsReadByDefaultAndTurnedOffOnlyByName() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.fullText()).isEqualTo(FullTextConfig.defaults());
        assertThat(d.toBuilder().allowPrivateAddresses(true).build().fullText()).isEqualTo(d.fullText());
        assertThat(d.toBuilder().fullText(FullTextConfig.off()).build().fullText().enabled()).isFalse();
        assertThat(d.toBuilder().fullText(null).build().fullText()).isEqualTo(FullTextConfig.defaults());
    }

    @Test
    void webSubIsOffByDefaultAndEveryOtherSettingKeepsIt() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.websub().enabled()).isFalse();
        var on = d.websub().withCallback("https://ingest-1.example.org/websub", "0.0.0.0", 9410);

        IngestConfig withWebSub = d.toBuilder().websub(on).allowPrivateAddresses(true).commentsEntries(3)
                .commentsMaxAge(Duration.ofDays(2)).commentsPollInterval(Duration.ofHours(2)).build();

        assertThat(withWebSub.websub()).isEqualTo(on);
        assertThat(withWebSub.toBuilder().websub(null).build().websub().enabled()).isFalse();
    }
}
