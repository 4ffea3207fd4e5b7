package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

    @Test
    void theHandWrittenCheckAgreesWithTheRegularExpressionItReplaced() {
        Pattern webLink = Pattern.compile("(?i)https?://[^/?#\\s]+(?:[/?#]\\S*)?");
        String[] pieces = {"http://", "HTTPS://", "https:/", "://", "http", "HTTP", "https", "HtTpS", "httpſ", "htt", "s", ":", "//", "/", "?", "#", "a", "é",
            " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028", "x.org", "|", "%", ""};
        Random random = new Random(16);
        int links = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String candidate = text.toString();
            boolean expected = webLink.matcher(candidate).matches();
            assertThat(WebLinks.isWebLink(candidate)).as("[%s]", candidate).isEqualTo(expected);
            links += expected ? 1 : 0;
        }
        assertThat(links).as("links among the generated texts").isGreaterThan(2_000);
    }
}
