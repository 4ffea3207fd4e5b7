package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.CommentThread;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.mentors.MentorHabits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.test.TestRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mentor's habit of answering commenters, from mentorfeed.comments to the reasons of a recommendation. */
class CommentRepliesTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** Past the best hours, so the score is not capped: 0.6 to respond, 0.1 for a mentor not yet answered. */
    private static final Instant PUBLISHED = NOW.minus(Duration.ofHours(8));
    private static final String QUESTION = "<p>I changed how I plan my week.</p><p>How do you plan yours?</p>";

    @TempDir
    Path stateDir;

    private ProcessorDriver driver;

    @BeforeEach
    void start() {
        driver = new ProcessorDriver(ProcessorConfig.defaults().withStateDir(stateDir), NOW);
        for (String id : List.of("fred", "mark", "quiet")) {
            driver.mentors.pipeInput(id, new Mentor(id, name(id), "https://" + id + ".example/feed", SourceKind.BLOG));
        }
        driver.profiles.pipeInput("bob", new Profile("bob", "Bob", "bob@example.org", ZoneId.of("UTC"), 7, List.of(),
                List.of("fred", "mark", "quiet")));
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void aMentorWhoRepliesToMostCommentersMakesARespondNowWorthMore() {
        threads("fred", new int[][] {{3, 2}, {2, 2}, {5, 3}});

        Recommendation fred = decide("fred");
        Recommendation mark = decide("mark");

        assertThat(fred.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(fred.reasons()).containsExactly("Asks readers: 'How do you plan yours?'",
                "Published 8 hours ago; still open for 3 days",
                "Fred Example replies to most commenters: a comment may start a conversation",
                "You have not responded to Fred Example yet");
        assertThat(fred.score()).isEqualTo(0.8, Offset.offset(1e-9));
        assertThat(mark.reasons()).noneMatch(reason -> reason.contains("commenters"));
        assertThat(mark.score()).isEqualTo(0.7, Offset.offset(1e-9));
    }

    @Test
    void aMentorWhoNeverRepliesGetsASofterReasonAndNoBonus() {
        threads("quiet", new int[][] {{4, 0}, {1, 0}, {2, 0}, {0, 0}});

        Recommendation quiet = decide("quiet");

        assertThat(quiet.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(quiet.reasons()).contains(
                "Quiet Quill has not answered commenters in the last 3 threads; write for the other readers too");
        assertThat(quiet.score()).isEqualTo(0.7, Offset.offset(1e-9));
    }

    @Test
    void aThreadReadAgainReplacesItsOlderReadingInTheStore() {
        threads("fred", new int[][] {{3, 0}, {2, 0}});
        // Thread 0 read again later: the mentor has since answered everyone. Still two threads, not three.
        driver.comments.pipeInput("fred", thread("fred", 0, 3, 3));

        MentorHabits habits = driver.driver.<String, MentorHabits>getKeyValueStore(MentorfeedTopology.HABITS_STORE)
                .get("fred");
        assertThat(habits.threads()).hasSize(2);
        assertThat(habits.replies().threads()).isEqualTo(2);
        assertThat(habits.replies().replyRate()).isEqualTo(0.6, Offset.offset(1e-9));
        assertThat(decide("fred").reasons()).noneMatch(reason -> reason.contains("commenters"));
    }

    @Test
    void aThreadKeyedByAnotherMentorIsDeadLetteredAndTheNextOneIsLearnt() {
        driver.close();
        var config = ProcessorConfig.defaults().withStateDir(stateDir);
        var props = ProcessorService.streamsProperties(config, Map.of("bootstrap.servers", "unused:9092"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE); // as MentorfeedTopologyTest
        driver = new ProcessorDriver(config, props, NOW);
        driver.comments.pipeInput("mark", thread("fred", 0, 2, 1));
        driver.comments.pipeInput("fred", thread("fred", 1, 2, 1));

        var deadLetters = driver.driver.createOutputTopic(Topics.DEAD_LETTERS.name(),
                Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());
        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("mark");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
                .isEqualTo("comment-habits: comment thread keyed by 'mark' belongs to mentor 'fred'");
        assertThat(driver.driver.<String, MentorHabits>getKeyValueStore(MentorfeedTopology.HABITS_STORE).get("fred")
                .threads()).hasSize(1);
    }

    private Recommendation decide(String mentorId) {
        driver.entries.pipeInput(mentorId, Fixtures.entry(mentorId, mentorId + "-new", "How I plan a week", QUESTION,
                PUBLISHED));
        return driver.latest().values().stream().filter(r -> r.mentorId().equals(mentorId)).findFirst().orElseThrow();
    }

    /** Threads given as {commenters, mentor replies}, one post each. */
    private void threads(String mentorId, int[][] threads) {
        for (int i = 0; i < threads.length; i++) {
            driver.comments.pipeInput(mentorId, thread(mentorId, i, threads[i][0], threads[i][1]));
        }
    }

    private static CommentThread thread(String mentorId, int i, int commenters, int replies) {
        String entryId = "https://" + mentorId + ".example/?p=" + i;
        return new CommentThread(mentorId, Ids.postId(mentorId, entryId), entryId,
                "https://" + mentorId + ".example/?p=" + i + "&feed=comments", NOW, commenters + replies, replies,
                commenters);
    }

    private static String name(String id) {
        return switch (id) {
            case "fred" -> "Fred Example";
            case "mark" -> "Mark Example";
            default -> "Quiet Quill";
        };
    }
}
