package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry whose feed carried only an excerpt, with the article ingest read from its page. */
class FullTextTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String QUESTION = "Who was your first mentor, and what is the one habit you still carry "
            + "from them?";

    @TempDir
    Path stateDir;

    private ProcessorDriver driver;

    @BeforeEach
    void start() {
        driver = new ProcessorDriver(ProcessorConfig.defaults().withStateDir(stateDir), NOW);
        driver.mentors.pipeInput("ada", new Mentor("ada", "Ada Marsh", "https://ada.example/feed.xml",
                SourceKind.BLOG));
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theInvitesResponseSignalFindsTheQuestionOnlyTheFullTextHolds() {
        IngestedEntry withArticle = Fixtures.entry("entries/excerpt-with-full-text.json");

        driver.entries.pipeInput("ada", withArticle);
        Post post = driver.posts.readValue();

        assertThat(post.signals()).contains(new Signal(Signal.Kind.INVITES_RESPONSE, QUESTION));
        assertThat(post.text()).contains("keep asking", QUESTION);
        assertThat(post.summary()).contains("print shop").doesNotContain(QUESTION);
    }

    @Test
    void theExcerptAloneHoldsNoQuestion() {
        IngestedEntry withArticle = Fixtures.entry("entries/excerpt-with-full-text.json");
        FeedEntry excerptOnly = withArticle.entry().withFullContentHtml(null);

        driver.entries.pipeInput("ada", new IngestedEntry(withArticle.mentorId(), withArticle.feedUrl(),
                withArticle.fetchedAt(), withArticle.feed(), excerptOnly));
        Post post = driver.posts.readValue();

        assertThat(post.signals()).extracting(Signal::kind).doesNotContain(Signal.Kind.INVITES_RESPONSE);
        assertThat(post.text()).doesNotContain(QUESTION);
    }

    @Test
    void theArticleArrivingLaterForTheSamePostMakesANewRevisionWithTheSignal() {
        IngestedEntry withArticle = Fixtures.entry("entries/excerpt-with-full-text.json");
        FeedEntry excerptOnly = withArticle.entry().withFullContentHtml(null);
        driver.entries.pipeInput("ada", new IngestedEntry(withArticle.mentorId(), withArticle.feedUrl(),
                withArticle.fetchedAt(), withArticle.feed(), excerptOnly));
        driver.posts.readValue();

        driver.entries.pipeInput("ada", withArticle);
        Post revised = driver.posts.readValue();

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.signals()).extracting(Signal::kind).contains(Signal.Kind.INVITES_RESPONSE);
    }
}
