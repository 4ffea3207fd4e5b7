package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.JsonSerde;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.processor.posts.RecentParagraphs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed's own repeated blocks, learnt from its posts in the feed-boilerplate store and left out of the next. */
class BoilerplateTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** Zoe's feed ends every post with this promo, which on its own reads like a question to readers. */
    private static final String PROMO = "<p>Are you ready to lead a team you love? My Lead Well program opens every "
            + "quarter: book a free call with me.</p>";
    private static final String CHANGELOG = "mentorfeed-processor-" + MentorfeedTopology.BOILERPLATE_STORE
            + "-changelog";

    @TempDir
    Path stateDir;

    private ProcessorDriver driver;

    @BeforeEach
    void start() {
        driver = new ProcessorDriver(ProcessorConfig.defaults().withStateDir(stateDir), NOW);
        driver.mentors.pipeInput("zoe", new Mentor("zoe", "Zoe Hart", "https://zoe.example/feed.xml", SourceKind.BLOG));
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void aBlockEveryPostEndsWithIsLearntAndLeftOutOfTheNextPosts() {
        Post first = publish("p1", "<p>Hiring is a sales job. Most managers forget that the candidate is choosing too."
                + "</p>" + PROMO);
        Post second = publish("p2", "<p>Promotions are a bet on the future, not a reward for the past.</p>" + PROMO);
        Post third = publish("p3", "<p>Give feedback within a day, or not at all.</p><p>When did feedback last change "
                + "how you work?</p>" + PROMO);

        // Nothing was known of the feed yet: the promo is read as the post's closing question.
        assertThat(first.signals()).extracting(Signal::kind).containsExactly(Signal.Kind.INVITES_RESPONSE);
        assertThat(second.signals()).isEmpty();
        assertThat(second.text()).doesNotContain("Lead Well");
        assertThat(third.signals()).containsExactly(new Signal(Signal.Kind.INVITES_RESPONSE,
                "When did feedback last change how you work?"));
    }

    @Test
    void theLearntBlocksAreKeptPerMentorInAChangeloggedStore() {
        publish("p1", "<p>First.</p>" + PROMO);
        publish("p2", "<p>Second.</p>" + PROMO);

        KeyValueStore<String, RecentParagraphs> store =
                driver.driver.getKeyValueStore(MentorfeedTopology.BOILERPLATE_STORE);
        assertThat(store.get("zoe").posts()).extracting(RecentParagraphs.PostPrints::postId)
                .hasSize(2).doesNotHaveDuplicates();
        // What a restarted instance restores the store from.
        var changelog = driver.driver.createOutputTopic(CHANGELOG, Serdes.String().deserializer(),
                new JsonSerde<>(RecentParagraphs.class).deserializer());
        assertThat(changelog.readKeyValuesToMap().get("zoe")).isEqualTo(store.get("zoe"));
    }

    @Test
    void anEditedPostReplacesItsOwnParagraphsInsteadOfCountingTwice() {
        publish("p1", "<p>Only post.</p>" + PROMO);
        driver.entries.pipeInput("zoe", Fixtures.withContent(Fixtures.entry("zoe", "p1", "p1",
                "<p>Only post.</p>" + PROMO, NOW), "p1", "<p>Only post, edited.</p>" + PROMO));
        Post edited = driver.posts.readValue();

        assertThat(edited.revision()).isEqualTo(2);
        // Its own first revision does not make the promo the feed's: one post is no pattern.
        assertThat(edited.text()).contains("Lead Well");
    }

    private Post publish(String id, String html) {
        driver.advance(Duration.ofHours(1));
        driver.entries.pipeInput("zoe", Fixtures.entry("zoe", id, id, html, driver.now()));
        return driver.posts.readValue();
    }
}
