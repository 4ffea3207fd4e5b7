package io.mentorfeed.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feed URLs aimed at the inside, however the address is written: names that resolve to loopback (resolved offline
 * here: "localhost"), short and mapped forms, IPv6, the cloud metadata service. The guard runs before the first
 * request and before every redirect (FeedFetcher); a DNS answer that changes between the check and the connection
 * (rebinding) is not caught, as docs/ingest.md says.
 */
class AddressGuardTest {
    private final AddressGuard guard = new AddressGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/feed", "http://LOCALHOST/feed", "http://127.0.0.1/", "http://[::1]/",
        "http://[::ffff:127.0.0.1]/", "http://[0:0:0:0:0:ffff:a00:1]/", "http://0.0.0.0/",
        "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.0.1/", "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
        "https://user:secret@127.0.0.1:8443/feed"})
    void internalAddressesAreRefusedNamingTheAddress(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(AddressGuard.RefusedAddressException.class).hasMessageContaining("internal address");
    }

    /** Short forms are no host to java.net.URI; a trailing-dot name does not resolve offline: neither is fetched. */
    @ParameterizedTest
    @ValueSource(strings = {"http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://LocalHost./feed"})
    void oddlyWrittenAddressesAreNeverFetched(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOfAny(
                AddressGuard.RefusedAddressException.class, java.net.UnknownHostException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/feed", "https://[2606:2800:21f:cb07::1]/feed", "http://8.8.8.8/"})
    void publicAddressesPass(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/feed", "http://10.0.0.1/"})
    void allowedWhenConfiguredForAPrivateNetwork(String url) {
        assertThatCode(() -> new AddressGuard(true).check(URI.create(url))).doesNotThrowAnyException();
    }
}
