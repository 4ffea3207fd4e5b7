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
    void aPostIsStemmedByItsLanguageAndTheTaxonomyWithIt() {
        var books = new TopicTagger(new Stemmer(), Map.of("books", List.of("Buch"), "hiring", List.of("contratación")));

        // German: "Bücher" and "Buch" meet on one stem; English stemming keeps them apart.
        assertThat(books.tags("Drei Bücher", "Die ich jedem empfehle.", List.of(), "de")).containsExactly("books");
        assertThat(books.tags("Drei Bücher", "Die ich jedem empfehle.", List.of(), "en")).isEmpty();
        assertThat(books.tags("Contrataciones", "Lo que aprendimos este año.", List.of(), "es"))
                .containsExactly("hiring");
    }

    @Test
    void aLanguageLuceneHasNoAnalyzerForIsReadAsWordsAndAnUnknownOneAsEnglish() {
        var stemmer = new Stemmer();

        assertThat(stemmer.stems("Marketers' brands", "sw")).containsExactly("marketers", "brands");
        assertThat(stemmer.stems("Marketers' brands", null)).containsExactly("market", "brand");
        assertThat(Stemmer.LANGUAGES).contains("en", "de", "fr", "es", "pt", "it", "nl", "sv", "ja", "ru", "ar");
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
