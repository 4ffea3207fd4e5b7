package io.mentorfeed.processor;

import io.mentorfeed.model.CommentThread;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.metrics.ProcessorMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The whole topology on Kafka Streams' TopologyTestDriver, with typed inputs and outputs and a wall clock. */
final class ProcessorDriver implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, Mentor> mentors;
    final TestInputTopic<String, Profile> profiles;
    final TestInputTopic<String, IngestedEntry> entries;
    final TestInputTopic<String, Engagement> engagements;
    final TestInputTopic<String, CommentThread> comments;
    final TestOutputTopic<String, Post> posts;
    final TestOutputTopic<String, Recommendation> recommendations;
    private Instant now;

    /** With the meters of the service: {@code props} should carry them too, for the exception handlers. */
    ProcessorDriver(ProcessorConfig config, Properties props, Instant now, ProcessorMetrics metrics) {
        this.driver = new TopologyTestDriver(MentorfeedTopology.build(config, metrics), props, now);
        this.now = now;
        mentors = input(Topics.MENTORS);
        profiles = input(Topics.PROFILES);
        entries = input(Topics.ENTRIES);
        engagements = input(Topics.ENGAGEMENTS);
        comments = input(Topics.COMMENTS);
        posts = driver.createOutputTopic(Topics.POSTS.name(), Topics.POSTS.keySerde().deserializer(),
                Topics.POSTS.valueSerde().deserializer());
        recommendations = driver.createOutputTopic(Topics.RECOMMENDATIONS.name(),
                Topics.RECOMMENDATIONS.keySerde().deserializer(), Topics.RECOMMENDATIONS.valueSerde().deserializer());
    }

    ProcessorDriver(ProcessorConfig config, Properties props, Instant now) {
        this(config, props, now, ProcessorMetrics.unobserved());
    }

    ProcessorDriver(ProcessorConfig config, Instant now) {
        this(config, ProcessorService.streamsProperties(config, Map.of("bootstrap.servers", "unused:9092")), now);
    }

    Instant now() {
        return now;
    }

    /** Moves the wall clock on, which runs the punctuations that are due. */
    void advance(Duration duration) {
        now = now.plus(duration);
        driver.advanceWallClockTime(duration);
    }

    /** The latest recommendation published for each key since the last read. */
    Map<String, Recommendation> latest() {
        return recommendations.readKeyValuesToMap();
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(),
                now, Duration.ZERO);
    }

    @Override
    public void close() {
        driver.close();
    }
}
