package io.mentorfeed.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.model.Ids;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private final Authenticator auth = new Authenticator(ApiConfig.defaults().withTokens(
            List.of(Ids.sha256Hex("root")),
            Map.of("ada", List.of(Ids.sha256Hex("ada-secret")), "bo", List.of(Ids.sha256Hex("bo-secret"))),
            Map.of("ada", List.of(Ids.sha256Hex("ada-feed")))).withAnonymousReadProfiles(List.of("demo")));

    @Test
    void tellsAdminsOwnersAndFeedReadersApart() {
        Caller admin = auth.identify(Optional.of("root"), false).orElseThrow();
        Caller ada = auth.identify(Optional.of("ada-secret"), false).orElseThrow();
        Caller feed = auth.identify(Optional.of("ada-feed"), false).orElseThrow();

        assertThat(admin.owns("bo")).isTrue();
        assertThat(ada.owns("ada")).isTrue();
        assertThat(ada.owns("bo")).isFalse();
        assertThat(feed.owns("ada")).isFalse();
        assertThat(feed.readsFeedOf("ada")).isTrue();
        assertThat(auth.identify(Optional.of("guess"), true)).isEmpty();
    }

    @Test
    void anonymousReadsOnlyFromLoopbackAndOnlyForTheConfiguredProfiles() {
        assertThat(auth.anonymousMayRead(Caller.anonymous(true), "demo")).isTrue();
        assertThat(auth.anonymousMayRead(Caller.anonymous(false), "demo")).isFalse();
        assertThat(auth.anonymousMayRead(Caller.anonymous(true), "ada")).isFalse();
    }

    @Test
    void aTokenInClearInTheConfigIsRefused() {
        assertThatThrownBy(() -> ApiConfig.defaults().withTokens(List.of("my-admin-token"), Map.of(), Map.of()))
                .hasMessageContaining("sha256sum");
    }
}
