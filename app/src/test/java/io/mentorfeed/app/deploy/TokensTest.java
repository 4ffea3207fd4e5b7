package io.mentorfeed.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void splitsWordsKeepsQuotedSpacesAndDropsComments() {
        assertThat(Tokens.split(" admin refetch --feed 'https://a.example/feed?x=1 y'  --config \"my file.yml\" # why"))
                .containsExactly("admin", "refetch", "--feed", "https://a.example/feed?x=1 y", "--config", "my file.yml");
    }

    @Test
    void aHashInsideAWordIsNotAComment() {
        assertThat(Tokens.split("parse https://a.example/#feed")).containsExactly("parse", "https://a.example/#feed");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> Tokens.split("admin import 'oops")).hasMessageContaining("unclosed quote");
    }
}
