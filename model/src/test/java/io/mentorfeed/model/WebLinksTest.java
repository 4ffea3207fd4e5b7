package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only links a reader can safely click reach a post; links real feeds carry, odd characters and all, stay. */
class WebLinksTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/?q=a|b", "http://example.org/100%-sure", "HTTPS://Example.org",
        "https://example.org/{slug}#top", " https://example.org/padded "})
    void webLinksAreKept(String link) {
        assertThat(WebLinks.clickable(link)).isEqualTo(link.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//example.org/x",
        "ftp://example.org/file", "https:///no-host", "https://exa mple.org/", "vbscript:msgbox", ""})
    void anythingElseIsDropped(String link) {
        assertThat(WebLinks.clickable(link)).isNull();
    }
}
