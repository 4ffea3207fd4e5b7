package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HubClientTest {
    private static final WebSubConfig ON = WebSubConfig.defaults().withCallback("https://ingest-1.example/websub/",
            "127.0.0.1", 0);

    @Test
    void sendsTheSecretOnlyToHttpsHubsUnlessPlainHttpIsAllowed() {
        try (var strict = client(ON, true); var lax = client(ON.withAllowInsecureHubs(true), true)) {
            assertThat(strict.refusal(URI.create("http://127.0.0.1:8080/hub"))).startsWith("insecure-hub");
            assertThat(strict.refusal(URI.create("https://127.0.0.1:8443/hub"))).isNull();
            assertThat(lax.refusal(URI.create("http://127.0.0.1:8080/hub"))).isNull();
            assertThat(lax.refusal(URI.create("ftp://127.0.0.1/hub"))).startsWith("insecure-hub");
        }
    }

    @Test
    void refusesHubsOnInternalAddressesLikeFeeds() {
        try (var guarded = client(ON, false)) {
            assertThat(guarded.refusal(URI.create("https://127.0.0.1/hub"))).startsWith("private-address");
            assertThat(guarded.refusal(URI.create("https://169.254.169.254/hub"))).startsWith("private-address");
            assertThat(guarded.refusal(URI.create("https://[::1]/hub"))).startsWith("private-address");
        }
    }

    @Test
    void eachMentorHasItsOwnCallbackUnderTheBase() {
        try (var client = client(ON, false)) {
            assertThat(client.callback("ada")).isEqualTo(URI.create("https://ingest-1.example/websub/ada"));
        }
    }

    private static HubClient client(WebSubConfig config, boolean allowPrivate) {
        return new HubClient(config, Duration.ofSeconds(1), Duration.ofSeconds(2), "mentorfeed-test", allowPrivate);
    }
}
