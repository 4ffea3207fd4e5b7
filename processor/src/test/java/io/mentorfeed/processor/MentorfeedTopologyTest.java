package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentorfeedTopologyTest {
    /** Two hours after the fixture posts were published. */
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, IngestedEntry> entries;
    private TestOutputTopic<String, Post> posts;
    private TestOutputTopic<String, Recommendation> recommendations;

    @BeforeEach
    void startDriver() {
        var config = configIn(stateDir);
        var props = ProcessorService.streamsProperties(config, Map.of("bootstrap.servers", "unused:9092"));
        driver = new TopologyTestDriver(MentorfeedTopology.build(config), props, NOW);
        entries = input(Topics.ENTRIES);
        posts = driver.createOutputTopic(Topics.POSTS.name(), Topics.POSTS.keySerde().deserializer(),
                Topics.POSTS.valueSerde().deserializer());
        recommendations = driver.createOutputTopic(Topics.RECOMMENDATIONS.name(),
                Topics.RECOMMENDATIONS.keySerde().deserializer(), Topics.RECOMMENDATIONS.valueSerde().deserializer());

        input(Topics.MENTORS).pipeInput("fred", new Mentor("fred", "Fred Example", "https://fred.example/feed.xml",
                SourceKind.BLOG));
        input(Topics.MENTORS).pipeInput("vera", new Mentor("vera", "Vera Video", "https://vera.example/feed",
                SourceKind.VIDEO));
        var profiles = input(Topics.PROFILES);
        profiles.pipeInput("alice", profile("alice", List.of("marketing"), List.of("fred", "vera", "ghost")));
        profiles.pipeInput("bob", profile("bob", List.of(), List.of("fred")));
        profiles.pipeInput("carol", profile("carol", List.of("marketing"), List.of("someone-else")));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void aNewEntryBecomesOnePostAndOneRecommendationPerFollower() {
        IngestedEntry entry = Fixtures.entry("entries/mentors-question.json");
        entries.pipeInput("fred", entry);

        Post post = posts.readValue();
        assertThat(posts.isEmpty()).isTrue();
        assertThat(post.id()).isEqualTo(entry.postId());
        assertThat(post.revision()).isEqualTo(1);
        assertThat(post.firstSeen()).isEqualTo(entry.fetchedAt());
        assertThat(post.author()).isEqualTo("Fred Example");
        assertThat(post.tags()).containsExactly("careers", "marketing", "mentoring");
        assertThat(post.language()).isEqualTo("en");
        assertThat(post.text()).startsWith("Twenty years ago").doesNotContain("<p>");
        assertThat(post.readingMinutes()).isEqualTo(1);

        Map<String, Recommendation> byKey = recommendations.readKeyValuesToMap();
        assertThat(byKey).containsOnlyKeys("alice/" + post.id(), "bob/" + post.id());
        assertThat(byKey.values()).allSatisfy(r -> {
            assertThat(r.mentorName()).isEqualTo("Fred Example");
            assertThat(r.decidedAt()).isEqualTo(NOW);
            assertThat(r.reasons()).isNotEmpty();
        });
    }

    @Test
    void theSameEntryAgainEmitsNothing() {
        IngestedEntry entry = Fixtures.entry("entries/mentors-question.json");
        entries.pipeInput("fred", entry);
        posts.readValuesToList();
        recommendations.readValuesToList();

        entries.pipeInput("fred", entry);
        // Markup alone changing is not a new revision either.
        entries.pipeInput("fred", Fixtures.withContent(entry, entry.entry().title(),
                "<div>" + entry.entry().contentHtml() + "</div>"));

        assertThat(posts.isEmpty()).isTrue();
        assertThat(recommendations.isEmpty()).isTrue();
    }

    @Test
    void anEditedEntryComesBackAsRevisionTwo() {
        IngestedEntry entry = Fixtures.entry("entries/mentors-question.json");
        entries.pipeInput("fred", entry);
        Post first = posts.readValue();
        recommendations.readValuesToList();

        entries.pipeInput("fred", Fixtures.withContent(entry, "Three people who taught me everything",
                entry.entry().contentHtml()));

        Post second = posts.readValue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.firstSeen()).isEqualTo(first.firstSeen());
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(recommendations.readKeyValuesToMap()).hasSize(2)
                .allSatisfy((key, r) -> assertThat(r.title()).isEqualTo("Three people who taught me everything"));
    }

    @Test
    void aPostEndingWithAQuestionToReadersIsRespondNow() {
        entries.pipeInput("fred", Fixtures.entry("entries/mentors-question.json"));

        Map<String, Recommendation> byKey = recommendations.readKeyValuesToMap();
        Recommendation bob = byKey.values().stream().filter(r -> r.profileId().equals("bob")).findFirst().orElseThrow();
        assertThat(bob.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(bob.reasons()).containsExactly("Asks readers: 'Who are your mentors?'",
                "Published 2 hours ago; early comments are the ones authors read",
                "You have not responded to Fred Example yet");
        assertThat(bob.window().bestBefore()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(bob.window().closesAt()).isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));

        Recommendation alice = byKey.values().stream().filter(r -> r.profileId().equals("alice")).findFirst()
                .orElseThrow();
        assertThat(alice.reasons()).contains("Matches your interest in marketing");
        assertThat(alice.score()).isGreaterThan(bob.score());
    }

    @Test
    void everySignalReachesTheRecommendationWithItsSentenceAndACrowdedPostIsRead() {
        entries.pipeInput("fred", Fixtures.entry("entries/busy-launch-post.json"));

        Post post = posts.readValue();
        assertThat(post.signals()).extracting(Signal::kind).containsExactly(Signal.Kind.EVENT,
                Signal.Kind.PERSONAL_NEWS, Signal.Kind.ANNOUNCEMENT);
        assertThat(post.tags()).containsExactly("marketing", "writing", "books");
        Recommendation bob = recommendations.readKeyValuesToMap().get("bob/" + post.id());
        assertThat(bob.action()).isEqualTo(Action.READ);
        assertThat(bob.reasons()).containsExactly(
                "Shares personal news: 'Some news first: my wife and I had a baby girl last Tuesday, and we are all "
                        + "well.'; a word of support counts",
                "Already 350 comments; a new voice is hard to hear there",
                "Mentions an event on Fri 20 March 2026 in London: 'I'm giving a talk about it at the Barbican in "
                        + "London on March 20.'; open until then",
                "Announces something new: 'My new book, Brands People Follow, is out today.'");
        // The event carries its day and place, and the window stays open until that day is over everywhere.
        assertThat(bob.eventDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 20));
        assertThat(bob.eventPlace()).isEqualTo("London");
        assertThat(bob.window().closesAt()).isEqualTo(Instant.parse("2026-03-21T12:00:00Z"));
    }

    @Test
    void anEssayWithoutAnInvitationIsReadWithAReason() {
        entries.pipeInput("fred", Fixtures.entry("entries/plain-essay.json"));

        assertThat(recommendations.readValuesToList()).hasSize(2).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(Action.READ);
            assertThat(r.reasons()).first().asString().startsWith("New from Fred Example");
        });
    }

    @Test
    void aPostOlderThanItsWindowIsRead() {
        entries.pipeInput("fred", Fixtures.entry("fred", "old-1", "An old question",
                "<p>Who are your mentors?</p>", NOW.minus(Duration.ofDays(6))));

        assertThat(recommendations.readValuesToList()).hasSize(2).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(Action.READ);
            assertThat(r.reasons()).contains("Published 6 days ago; the conversation has moved on");
        });
    }

    @Test
    void aVideoHasAShorterWindowThanABlog() {
        entries.pipeInput("vera", Fixtures.entry("vera", "v-1", "Live Q&A",
                "<p>What should I cover next? Tell me in the comments what you want to see.</p>",
                NOW.minus(Duration.ofDays(3))));

        Recommendation alice = recommendations.readValue();
        assertThat(alice.action()).isEqualTo(Action.READ);
        assertThat(alice.window().closesAt()).isEqualTo(alice.window().opensAt().plus(Duration.ofDays(2)));
    }

    @Test
    void aPostOfAnUnknownMentorIsStillAPostWithABlogWindow() {
        entries.pipeInput("ghost", Fixtures.entry("ghost", "g-1", "Hello", "<p>First post here.</p>",
                NOW.minus(Duration.ofHours(1))));

        assertThat(posts.readValue().mentorId()).isEqualTo("ghost");
        Recommendation alice = recommendations.readValue();
        assertThat(alice.mentorName()).isEqualTo("ghost");
        assertThat(alice.window().closesAt()).isEqualTo(alice.window().opensAt().plus(Duration.ofDays(4)));
        assertThat(recommendations.isEmpty()).isTrue();
    }

    /**
     * The driver's simulation of exactly-once drops dead-letter records (checked with Kafka 4.3.1), so this test runs
     * the same settings with at-least-once; ProcessorServiceIT checks the dead-letter path under exactly-once.
     */
    @Test
    void aPoisonEntryGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        driver.close();
        var props = ProcessorService.streamsProperties(configIn(stateDir), Map.of("bootstrap.servers", "unused:9092"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(MentorfeedTopology.build(configIn(stateDir)), props, NOW);
        var raw = driver.createInputTopic(Topics.ENTRIES.name(), new ByteArraySerializer(), new ByteArraySerializer());
        byte[] poison = "{\"mentorId\": \"NOT A SLUG\", \"entry\": 42".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("fred".getBytes(StandardCharsets.UTF_8), poison);
        input(Topics.ENTRIES).pipeInput("fred", Fixtures.entry("entries/plain-essay.json"));

        var deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(),
                Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());
        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(DeadLetters.header(letter.headers(), "__streams.errors.topic")).isEqualTo(Topics.ENTRIES.name());
        assertThat(deadLetters.isEmpty()).isTrue();
        var out = driver.createOutputTopic(Topics.POSTS.name(), Topics.POSTS.keySerde().deserializer(),
                Topics.POSTS.valueSerde().deserializer());
        assertThat(out.readValuesToList()).singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("Why I reply the same day"));
    }

    @Test
    void anEntryThatBreaksARuleGoesToTheDeadLetterTopicWithOriginAndErrorAndTheNextOneIsProcessed() {
        driver.close();
        var props = ProcessorService.streamsProperties(configIn(stateDir), Map.of("bootstrap.servers", "unused:9092"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE); // see the test above
        driver = new TopologyTestDriver(MentorfeedTopology.build(configIn(stateDir)), props, NOW);
        IngestedEntry essay = Fixtures.entry("entries/plain-essay.json");
        input(Topics.ENTRIES).pipeInput("mark", essay); // keyed by another mentor: breaks the partitioning rule
        input(Topics.ENTRIES).pipeInput("fred", essay);

        var deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(),
                Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());
        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("mark");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE)).isEqualTo("processor");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.ERROR_CLASS)).isEqualTo("rule");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.ORIGIN)).isEqualTo(Topics.ENTRIES.name() + "-0@0");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
                .isEqualTo("post-builder: entry keyed by 'mark' belongs to mentor 'fred'");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.STREAMS_EXCEPTION))
                .isEqualTo(IllegalArgumentException.class.getName());
        assertThat(deadLetters.isEmpty()).isTrue();
        var out = driver.createOutputTopic(Topics.POSTS.name(), Topics.POSTS.keySerde().deserializer(),
                Topics.POSTS.valueSerde().deserializer());
        assertThat(out.readValuesToList()).singleElement().satisfies(p -> assertThat(p.mentorId()).isEqualTo("fred"));
    }

    static ProcessorConfig configIn(Path stateDir) {
        return ProcessorConfig.defaults().withStateDir(stateDir);
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(),
                NOW, Duration.ZERO);
    }

    private static Profile profile(String id, List<String> interests, List<String> following) {
        return new Profile(id, id, id + "@example.org", ZoneId.of("UTC"), 7, interests, following);
    }
}
