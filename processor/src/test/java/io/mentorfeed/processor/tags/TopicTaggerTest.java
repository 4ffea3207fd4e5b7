package io.mentorfeed.processor.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
    private final TopicTagger tagger = new TopicTagger(new Stemmer(), Map.of(
            "marketing", List.of("marketing", "brand"),
            "speaking", List.of("public speaking", "keynote"),
            "art", List.of("art")));

    @Test
    void stemmedWordsAndPhrasesFindTheirTags() {
        assertThat(tagger.tags("How marketers build brands", "Notes from my keynotes on public speaking.",
                List.of())).containsExactly("marketing", "speaking");
    }

    @Test
    void partsOfWordsDoNotCount() {
        assertThat(tagger.tags("Start smart", "Brandy and a party.", List.of())).isEmpty();
    }

    @Test
    void theOwnCategoriesFollowLowerCasedAndOnce() {
        assertThat(tagger.tags("Brands", "", List.of("Growth", " growth ", "Marketing")))
                .containsExactly("marketing", "growth");
    }
}
