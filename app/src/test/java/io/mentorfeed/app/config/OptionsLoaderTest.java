package io.mentorfeed.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.SourceKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsLoaderTest {
    private final OptionsLoader loader = new OptionsLoader();

    @Test
    void defaultsAloneRunOnAnEmbeddedBroker() {
        MentorfeedOptions options = loader.load(MentorfeedOptions.defaults(), (Path) null, Map.of());
        assertThat(options.kafka().embedded()).isTrue();
        assertThat(options.kafka().dataDir()).isEqualTo(Path.of("data", "kafka"));
        assertThat(options).isEqualTo(MentorfeedOptions.defaults());
    }

    @Test
    void theFileOverridesDefaultsAndKeepsTheRest() {
        MentorfeedOptions options = loader.load(MentorfeedOptions.defaults(), fixture("valid.yml"), Map.of());
        assertThat(options.kafka().bootstrapServers()).isEqualTo("broker-1:9092,broker-2:9092");
        assertThat(options.kafka().embedded()).isFalse();
        assertThat(options.kafka().properties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(options.api().port()).isEqualTo(9090);
        assertThat(options.api().host()).isEqualTo(MentorfeedOptions.defaults().api().host());
        assertThat(options.ingest().pollInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.mentors()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(SourceKind.VIDEO);
            assertThat(m.feedUrl()).isEqualTo("https://ada.example/feed.xml");
        });
        assertThat(options.profiles()).singleElement()
                .satisfies(p -> assertThat(p.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles")));
    }

    @Test
    void environmentVariablesWinOverTheFile() {
        MentorfeedOptions options = loader.load(MentorfeedOptions.defaults(), fixture("valid.yml"), Map.of(
                "MENTORFEED_API_PORT", "7070",
                "MENTORFEED_KAFKA_BOOTSTRAP_SERVERS", "kafka.internal:9093",
                "MENTORFEED_INGEST_POLL_INTERVAL", "45s",
                "MENTORFEED_KAFKA_PROPERTY_SASL_MECHANISM", "SCRAM-SHA-512",
                "UNRELATED", "x"));
        assertThat(options.api().port()).isEqualTo(7070);
        assertThat(options.kafka().bootstrapServers()).isEqualTo("kafka.internal:9093");
        assertThat(options.ingest().pollInterval()).isEqualTo(Duration.ofSeconds(45));
        assertThat(options.kafka().properties())
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void listKeysTakeCommaSeparatedItemsAndTheOpsSectionLoads() {
        String hash = "a".repeat(64);
        MentorfeedOptions options = loader.load(MentorfeedOptions.defaults(), (Path) null, Map.of(
                "MENTORFEED_API_ADMIN_TOKEN_HASHES", hash + ", " + "b".repeat(64) + ",",
                "MENTORFEED_API_ANONYMOUS_READ_PROFILES", "",
                "MENTORFEED_OPS_HOST", "0.0.0.0",
                "MENTORFEED_OPS_PORT", "9501"));
        assertThat(options.api().adminTokenHashes()).containsExactly(hash, "b".repeat(64));
        assertThat(options.api().anonymousReadProfiles()).isEmpty();
        assertThat(options.ops().host()).isEqualTo("0.0.0.0");
        assertThat(options.ops().portOr(9401)).isEqualTo(9501);
        assertThat(MentorfeedOptions.defaults().ops().portOr(9401)).isEqualTo(9401);
    }

    @Test
    void aMisspelledKeyIsNamed() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), fixture("unknown-key.yml"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config: unknown key 'ingest.pol-interval'");
    }

    @Test
    void aBadValueNamesItsKeyAndWhatIsAccepted() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), fixture("bad-duration.yml"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.poll-interval")
                .hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), (Path) null,
                Map.of("MENTORFEED_API_PORT", "eighty")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api.port");
    }

    @Test
    void aDigestShowingFewerRespondNowItemsThanTheDailyBudgetIsRefused() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), (Path) null,
                Map.of("MENTORFEED_PROCESSOR_RELATIONSHIPS_DAILY_BUDGET", "5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api.max-respond-now (3) must be at least processor.relationships.daily-budget (5)");
    }

    @Test
    void crossReferencesAndZonesAreValidated() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), fixture("follows-unknown-mentor.yml"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'reader' follows 'nobody', which is not in mentors");
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), fixture("bad-time-zone.yml"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("profiles[0].time-zone");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> loader.load(MentorfeedOptions.defaults(), Path.of("no/such/file.yml"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file no/such/file.yml does not exist or is not a file");
    }

    @Test
    void theShippedConfigFilesLoad() {
        Path repoConfig = Path.of("..", "mentorfeed.yml");
        MentorfeedOptions options = loader.load(MentorfeedOptions.defaults(), repoConfig, Map.of());
        assertThat(options.mentors()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(options.kafka().embedded()).isTrue();
        MentorfeedOptions demo = loader.load(MentorfeedOptions.defaults(),
                java.util.List.of(loader.readResource("/demo.yml")), Map.of());
        assertThat(demo.kafka().dataDir()).isEqualTo(Path.of("data", "demo", "kafka"));
    }

    @Test
    void theDemoLayersItsOwnSettingsAndNeverReadsTheWorkingDirectorysFile() {
        MentorfeedOptions demo = loader.forCommand(true, null, Map.of());
        assertThat(demo.kafka().dataDir()).isEqualTo(Path.of("data", "demo", "kafka"));
        assertThat(demo.mentors()).isEmpty();

        MentorfeedOptions demoWithFile = loader.forCommand(true, fixture("valid.yml"), Map.of());
        assertThat(demoWithFile.kafka().dataDir()).isEqualTo(Path.of("data", "demo", "kafka"));
        assertThat(demoWithFile.api().port()).isEqualTo(9090);
    }

    @Test
    void clientsFindTheEmbeddedBrokerOnLoopbackOrTheConfiguredCluster() {
        assertThat(KafkaOptions.defaults().clientBootstrapServers()).isEqualTo("127.0.0.1:9092");
        MentorfeedOptions external = loader.load(MentorfeedOptions.defaults(), fixture("valid.yml"), Map.of());
        assertThat(external.kafka().clientBootstrapServers()).isEqualTo("broker-1:9092,broker-2:9092");
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(FriendlyDurationDeserializer.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(FriendlyDurationDeserializer.parse("4d")).isEqualTo(Duration.ofDays(4));
        assertThat(FriendlyDurationDeserializer.parse("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> FriendlyDurationDeserializer.parse("-5m")).hasMessageContaining("not a duration");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(OptionsLoaderTest.class.getResource("/config/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
