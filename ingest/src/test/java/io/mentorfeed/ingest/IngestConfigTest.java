package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        IngestConfig d = IngestConfig.defaults();
        assertThatThrownBy(() -> new IngestConfig(" ", d.pollInterval(), d.maxPollInterval(), d.initialPollSpread(),
                d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(), d.maxEntriesPerFeed(),
                d.maxConcurrentFetches(), d.userAgent())).hasMessageContaining("groupId");
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), Duration.ofHours(7), d.maxPollInterval(),
                d.initialPollSpread(), d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(),
                d.maxEntriesPerFeed(), d.maxConcurrentFetches(), d.userAgent())).hasMessageContaining("maxPollInterval");
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(),
                d.initialPollSpread(), Duration.ZERO, d.requestTimeout(), d.maxBodyBytes(), d.maxEntriesPerFeed(),
                d.maxConcurrentFetches(), d.userAgent())).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(),
                d.initialPollSpread(), d.connectTimeout(), d.requestTimeout(), 10, d.maxEntriesPerFeed(),
                d.maxConcurrentFetches(), d.userAgent())).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(),
                d.initialPollSpread(), d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(), 0,
                d.maxConcurrentFetches(), d.userAgent())).hasMessageContaining("maxEntriesPerFeed");
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(),
                d.initialPollSpread(), d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(),
                d.maxEntriesPerFeed(), 0, d.userAgent())).hasMessageContaining("maxConcurrentFetches");
    }

    @Test
    void newerSettingsHaveSafeDefaultsAndAreChecked() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.allowPrivateAddresses()).isFalse();
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.maxConcurrentPerHost()).isEqualTo(4);
        assertThat(d.pollFloor()).isEqualTo(Duration.ofMinutes(5));
        assertThat(d.withAllowPrivateAddresses(true).allowPrivateAddresses()).isTrue();
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(),
                d.initialPollSpread(), d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(),
                d.maxEntriesPerFeed(), d.maxConcurrentFetches(), d.userAgent(), d.minPollInterval(), false, 21, 4))
                .hasMessageContaining("maxRedirects");
        assertThatThrownBy(() -> new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(),
                d.initialPollSpread(), d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(),
                d.maxEntriesPerFeed(), d.maxConcurrentFetches(), d.userAgent(), d.minPollInterval(), false, 5, 0))
                .hasMessageContaining("maxConcurrentPerHost");
    }

    @Test
    void commentsFeedsAreReadForTheNewestFiveYoungEntriesHourlyByDefault() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.commentsEntries()).isEqualTo(5);
        assertThat(d.commentsMaxAge()).isEqualTo(Duration.ofDays(7));
        assertThat(d.commentsPollInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(d.withAllowPrivateAddresses(true).commentsEntries()).isEqualTo(5);
        assertThat(d.withComments(0, Duration.ofDays(1), Duration.ofMinutes(5)).commentsEntries()).isZero();
        // Code written before comments feeds keeps its behaviour: off.
        assertThat(new IngestConfig(d.groupId(), d.pollInterval(), d.maxPollInterval(), d.initialPollSpread(),
                d.connectTimeout(), d.requestTimeout(), d.maxBodyBytes(), d.maxEntriesPerFeed(),
                d.maxConcurrentFetches(), d.userAgent()).commentsEntries()).isZero();
        assertThatThrownBy(() -> d.withComments(-1, d.commentsMaxAge(), d.commentsPollInterval()))
                .hasMessageContaining("commentsEntries");
        assertThatThrownBy(() -> d.withComments(5, Duration.ZERO, d.commentsPollInterval()))
                .hasMessageContaining("commentsMaxAge");
        assertThatThrownBy(() -> d.withComments(5, d.commentsMaxAge(), null))
                .hasMessageContaining("commentsPollInterval");
    }

    @Test
    void webSubIsOffByDefaultAndEveryOtherSettingKeepsIt() {
        IngestConfig d = IngestConfig.defaults();
        assertThat(d.websub().enabled()).isFalse();
        var on = d.websub().withCallback("https://ingest-1.example.org/websub", "0.0.0.0", 9410);

        IngestConfig withWebSub = d.withWebSub(on).withAllowPrivateAddresses(true)
                .withComments(3, Duration.ofDays(2), Duration.ofHours(2)).withFullText(d.fullText());

        assertThat(withWebSub.websub()).isEqualTo(on);
        assertThat(withWebSub.withWebSub(null).websub().enabled()).isFalse();
    }
}
