package io.mentorfeed.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.web.PlainText;
import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the view keeps of a post: what the answers show, and the text no longer than they show it. */
class PostCardTest {
    private static final Instant AT = Instant.parse("2026-03-07T13:00:00Z");

    @Test
    void aLongPostKeepsWhatTheAnswersShowAndNoMore() {
        String paragraph = "word ".repeat(400).strip(); // 1,999 characters
        String text = String.join("\n\n   \n", java.util.Collections.nCopies(60, paragraph)); // ~120,000
        String summary = "s".repeat(5_000);

        PostCard card = PostCard.of(post(summary, text));

        assertThat(card.text().length()).isLessThanOrEqualTo(PostCard.TEXT_CHARS + 2 * 60);
        assertThat(PlainText.paragraphs(card.text(), PostCard.TEXT_CHARS))
                .as("the Google Reader API shows the same paragraphs from the card as from the post")
                .isEqualTo(PlainText.paragraphs(text, PostCard.TEXT_CHARS));
        assertThat(card.summary()).hasSize(PostCard.SUMMARY_CHARS + 1)
                .as("still longer than the email reads, so it still marks the cut").startsWith(summary.substring(0, 1_500));
        assertThat(card).extracting(PostCard::id, PostCard::mentorId, PostCard::title, PostCard::link,
                PostCard::author, PostCard::publishedOrSeen, PostCard::tags, PostCard::revision)
                .containsExactly("kim-1", "kim", "Title", "https://kim.example.org/1", "Kim", AT, List.of("career"), 3);
    }

    @Test
    void aShortPostIsKeptAsItIs() {
        PostCard card = PostCard.of(post("A summary.", "One.\n\nTwo."));

        assertThat(card.summary()).isEqualTo("A summary.");
        assertThat(card.text()).isEqualTo("One.\n\nTwo.");
        assertThat(PostCard.of(post(null, null))).extracting(PostCard::summary, PostCard::text)
                .containsExactly(null, null);
    }

    @Test
    void theViewHoldsTheCard() {
        MaterializedView view = new MaterializedView();
        view.putPost("kim-1", post("s", "t"));

        assertThat(view.post("kim-1")).hasValue(PostCard.of(post("s", "t")));
        view.putPost("kim-1", null);
        assertThat(view.post("kim-1")).isEmpty();
    }

    private static Post post(String summary, String text) {
        return new Post("kim-1", "kim", "entry-1", "Title", "https://kim.example.org/1", "Kim", AT, null, summary,
                text, "en", 9, List.of("Career"), List.of("career"), List.of(new Signal(Signal.Kind.EVENT, "stage")),
                "https://kim.example.org/1#comments", null, 12,
                List.of(new Enclosure("https://kim.example.org/1.mp3", "audio/mpeg", 1L)), AT, 3, "hash");
    }
}
