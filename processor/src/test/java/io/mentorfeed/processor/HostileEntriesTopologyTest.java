package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries written to hurt, each between two ordinary ones from the same mentor: the hostile one becomes a clean post
 * (or a dead letter, for a date no clock can hold), and its neighbours come out exactly as they would alone.
 */
class HostileEntriesTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private ProcessorDriver kafka;

    @BeforeEach
    void start() {
        var config = MentorfeedTopologyTest.configIn(stateDir);
        var props = ProcessorService.streamsProperties(config, Map.of("bootstrap.servers", "unused:9092"));
        // The driver's simulation of exactly-once drops dead letters (see MentorfeedTopologyTest).
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        kafka = new ProcessorDriver(config, props, NOW);
        kafka.mentors.pipeInput("fred", new Mentor("fred", "Fred Example", "https://fred.example/feed.xml",
                SourceKind.BLOG));
        kafka.profiles.pipeInput("bob", new Profile("bob", "Bob", null, ZoneId.of("UTC"), 7, List.of(),
                List.of("fred")));
    }

    @AfterEach
    void stop() {
        kafka.close();
    }

    @Test
    void scriptsStylesEmbedsAndEventHandlersNeverReachThePost() {
        Post post = betweenNeighbours(Fixtures.entry("fred", "xss", "<script>alert('title')</script>Ask me "
                + "<img src=x onerror=alert('title img')>anything", Fixtures.text("hostile/scripts-everywhere.html"),
                NOW.minusSeconds(3600))).getFirst();

        for (String text : List.of(post.title(), post.text(), post.summary() == null ? "" : post.summary())) {
            assertThat(text).doesNotContain("alert(", "<", "javascript:", "expression(", "onerror", "onload");
        }
        assertThat(post.title()).isEqualTo("Ask me anything");
        assertThat(post.text()).contains("Who taught you the most?", "Tell me below.", "my course", "Styled words.",
                "Last paragraph stays.");
    }

    @Test
    void scriptAndDataLinksNeverBecomeAPostsLinks() {
        IngestedEntry plain = Fixtures.entry("fred", "links", "Links", "<p>An essay.</p>", NOW.minusSeconds(3600));
        FeedEntry e = plain.entry();
        var hostile = new IngestedEntry(plain.mentorId(), plain.feedUrl(), plain.fetchedAt(), null, new FeedEntry(
                e.id(), e.title(), "javascript:alert(document.cookie)", null, e.published(), null, null,
                e.contentHtml(), List.of(), " data:text/html,<script>alert(1)</script>", null, null, List.of(), null));

        Post post = betweenNeighbours(hostile).getFirst();

        assertThat(post.link()).isNull();
        assertThat(post.commentsUrl()).isNull();
        assertThat(post.text()).isEqualTo("An essay.");
    }

    @Test
    void nulAndControlCharactersAreReadAsTextAndTheNeighboursAreUntouched() {
        Post post = betweenNeighbours(Fixtures.entry("fred", "nul", "Zero\u0000 bytes\u0007 here",
                "<p>Before\u0000after\u001b[31m red\u202e reversed</p>", NOW.minusSeconds(3600))).getFirst();

        assertThat(post.title()).doesNotContain("\u0000").contains("Zero", "bytes", "here");
        assertThat(post.text()).doesNotContain("\u0000").contains("Before", "after");
    }

    @Test
    void aMegabyteTitleAndContentAreProcessedInBoundedTime() {
        String title = "Long ".repeat(200_000);
        String content = "<p>" + "word ".repeat(200_000) + "</p>";
        long started = System.nanoTime();

        Post post = betweenNeighbours(Fixtures.entry("fred", "huge", title, content, NOW.minusSeconds(3600)))
                .getFirst();

        // About a second alone; generous for a loaded CI machine.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(post.title()).startsWith("Long Long");
        assertThat(post.readingMinutes()).isPositive();
    }

    @Test
    void datesFromYearZeroToNineThousandNineHundredNinetyNineGiveAPostAndADecision() {
        for (String date : List.of("0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
            Instant published = Instant.parse(date);
            IngestedEntry entry = Fixtures.entry("fred", "at-" + published.getEpochSecond(), "Dated " + date,
                    "<p>What do you think?</p>", published);
            kafka.entries.pipeInput("fred", entry);

            assertThat(kafka.posts.readValue().published()).as(date).isEqualTo(published);
            Recommendation decided = kafka.latest().get("bob/" + entry.postId());
            assertThat(decided).as(date).isNotNull();
            assertThat(decided.window().closesAt()).as(date).isAfterOrEqualTo(decided.window().opensAt());
        }
        assertThat(deadLetters().isEmpty()).isTrue();
    }

    @Test
    void aDateAtTheEndOfTimeIsADeadLetterAndTheNextEntryIsProcessed() {
        IngestedEntry endOfTime = Fixtures.entry("fred", "end", "The end", "<p>Bye</p>", Instant.MAX.minusSeconds(60));
        var deadLetters = deadLetters();
        assertThatCode(() -> kafka.entries.pipeInput("fred", endOfTime)).doesNotThrowAnyException();

        assertThat(kafka.posts.isEmpty()).isTrue();
        assertThat(DeadLetters.header(deadLetters.readRecord().headers(), DeadLetters.ERROR_CLASS)).isEqualTo("rule");

        IngestedEntry next = Fixtures.entry("fred", "next", "Next", "<p>Who are your mentors?</p>",
                NOW.minusSeconds(60));
        kafka.entries.pipeInput("fred", next);
        assertThat(kafka.posts.readValuesToList()).extracting(Post::id).containsExactly(next.postId());
        assertThat(kafka.latest()).containsKey("bob/" + next.postId());
    }

    /** Pipes an ordinary entry, the given one, and another ordinary one; returns the posts in that order. */
    private List<Post> betweenNeighbours(IngestedEntry hostile) {
        IngestedEntry before = Fixtures.entry("fred", "before", "Before", "<p>Who are your mentors?</p>",
                NOW.minusSeconds(7200));
        IngestedEntry after = Fixtures.entry("fred", "after", "After", "<p>An essay.</p>", NOW.minusSeconds(60));
        kafka.entries.pipeInput("fred", before);
        kafka.entries.pipeInput("fred", hostile);
        kafka.entries.pipeInput("fred", after);

        List<Post> posts = kafka.posts.readValuesToList();
        assertThat(posts).extracting(Post::id).containsExactly(before.postId(), hostile.postId(), after.postId());
        assertThat(posts.getFirst().title()).isEqualTo("Before");
        assertThat(posts.getFirst().text()).isEqualTo("Who are your mentors?");
        assertThat(posts.getLast().text()).isEqualTo("An essay.");
        assertThat(kafka.latest()).containsKeys("bob/" + before.postId(), "bob/" + hostile.postId(),
                "bob/" + after.postId());
        assertThat(deadLetters().isEmpty()).isTrue();
        return List.of(posts.get(1), posts.getFirst(), posts.getLast());
    }

    private org.apache.kafka.streams.TestOutputTopic<byte[], byte[]> deadLetters() {
        return kafka.driver.createOutputTopic(Topics.DEAD_LETTERS.name(), Topics.DEAD_LETTERS.keySerde().deserializer(),
                Topics.DEAD_LETTERS.valueSerde().deserializer());
    }
}
