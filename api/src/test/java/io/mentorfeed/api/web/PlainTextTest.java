package io.mentorfeed.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a view keeps of a text shapes into the same paragraphs as the whole text. */
class PlainTextTest {
    private static final String[] PIECES = {"word", "a", " ", "  ", "\n", "\n\n", "\n \t\n", "\t", "é", "…", "😀",
            "\u2028", "\u0007", "longerword", ".", "\r\n\r\n"};

    @Test
    void keptTextGivesTheSameParagraphsAsTheWholeOne() {
        Random random = new Random(16);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(400);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int max = 1 + random.nextInt(300);
            String kept = PlainText.paragraphsKept(text.toString(), max);

            assertThat(PlainText.paragraphs(kept, max)).as("round %d max %d text [%s]", round, max, text)
                    .isEqualTo(PlainText.paragraphs(text.toString(), max));
        }
    }

    @Test
    void keptTextIsNoLongerThanWhatIsShownAndAddsNoEllipsis() {
        String text = ("word ".repeat(1_000) + "\n\n").repeat(10);

        String kept = PlainText.paragraphsKept(text, 2_000);

        assertThat(kept.length()).isLessThanOrEqualTo(2_000 + 2 + 2);
        assertThat(kept).doesNotContain("…");
        assertThat(PlainText.paragraphsKept(null, 10)).isNull();
    }
}
