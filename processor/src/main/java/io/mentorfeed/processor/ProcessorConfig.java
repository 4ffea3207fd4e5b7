package io.mentorfeed.processor;

import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.processor.mentors.CommentReplyRules;
import io.mentorfeed.processor.relationship.RelationshipRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Settings of the processor. Windows say how long a post of each source kind stays worth a response;
 * {@code bestWithin} is the early part of every window, when authors still read their comments.
 * {@code recheckEvery} is how often open decisions are looked at again on wall-clock time; {@code profilePartitions}
 * must equal the partition count of mentorfeed.engagements (the per-profile state is co-partitioned with it);
 * {@code taxonomy} maps a topic tag to the words and phrases that mean it (stemmed); {@code commentReplies} when a
 * mentor's habit of answering commenters becomes a reason.
 */
public record ProcessorConfig(String applicationId, Path stateDir, int numStandbyReplicas, Duration commitInterval,
                              Duration blogWindow, Duration newsletterWindow, Duration podcastWindow,
                              Duration videoWindow, Duration bestWithin, int wordsPerMinute, Duration closeTimeout,
                              Duration recheckEvery, int profilePartitions, RelationshipRules relationships,
                              Map<String, List<String>> taxonomy, CommentReplyRules commentReplies) {
    public ProcessorConfig {
        if (applicationId == null || applicationId.isBlank()) {
            throw new IllegalArgumentException("applicationId must not be blank");
        }
        if (stateDir == null) {
            throw new IllegalArgumentException("stateDir must be set");
        }
        if (numStandbyReplicas < 0) {
            throw new IllegalArgumentException("numStandbyReplicas must be 0 or more, was " + numStandbyReplicas);
        }
        requirePositive("commitInterval", commitInterval);
        requirePositive("blogWindow", blogWindow);
        requirePositive("newsletterWindow", newsletterWindow);
        requirePositive("podcastWindow", podcastWindow);
        requirePositive("videoWindow", videoWindow);
        requirePositive("bestWithin", bestWithin);
        requirePositive("closeTimeout", closeTimeout);
        requirePositive("recheckEvery", recheckEvery);
        if (profilePartitions < 1) {
            throw new IllegalArgumentException("profilePartitions must be at least 1, was " + profilePartitions);
        }
        if (relationships == null) {
            throw new IllegalArgumentException("relationships must be set");
        }
        taxonomy = taxonomy == null ? Map.of() : Map.copyOf(taxonomy);
        if (commentReplies == null) {
            throw new IllegalArgumentException("commentReplies must be set");
        }
        Duration shortest = Stream.of(blogWindow, newsletterWindow, podcastWindow, videoWindow)
                .min(Duration::compareTo).orElseThrow();
        if (bestWithin.compareTo(shortest) > 0) {
            throw new IllegalArgumentException("bestWithin " + bestWithin + " must not be longer than the shortest window "
                    + shortest);
        }
        if (wordsPerMinute < 1) {
            throw new IllegalArgumentException("wordsPerMinute must be at least 1, was " + wordsPerMinute);
        }
    }

    /** The settings before comment replies were learnt; those take their defaults. */
    public ProcessorConfig(String applicationId, Path stateDir, int numStandbyReplicas, Duration commitInterval,
                           Duration blogWindow, Duration newsletterWindow, Duration podcastWindow,
                           Duration videoWindow, Duration bestWithin, int wordsPerMinute, Duration closeTimeout,
                           Duration recheckEvery, int profilePartitions, RelationshipRules relationships,
                           Map<String, List<String>> taxonomy) {
        this(applicationId, stateDir, numStandbyReplicas, commitInterval, blogWindow, newsletterWindow, podcastWindow,
                videoWindow, bestWithin, wordsPerMinute, closeTimeout, recheckEvery, profilePartitions, relationships,
                taxonomy, CommentReplyRules.defaults());
    }

    public static ProcessorConfig defaults() {
        return new ProcessorConfig("mentorfeed-processor", Path.of("data/streams"), 0, Duration.ofMillis(100),
                SourceKind.BLOG.defaultWindow(), SourceKind.NEWSLETTER.defaultWindow(),
                SourceKind.PODCAST.defaultWindow(), SourceKind.VIDEO.defaultWindow(), Duration.ofHours(6), 230,
                Duration.ofSeconds(30), Duration.ofMinutes(1), Topics.DEFAULT_PARTITIONS, RelationshipRules.defaults(),
                DefaultTaxonomy.TOPICS, CommentReplyRules.defaults());
    }

    /** The same settings with another state directory (each test, bench run or instance has its own). */
    public ProcessorConfig withStateDir(Path dir) {
        return new ProcessorConfig(applicationId, dir, numStandbyReplicas, commitInterval, blogWindow, newsletterWindow,
                podcastWindow, videoWindow, bestWithin, wordsPerMinute, closeTimeout, recheckEvery, profilePartitions,
                relationships, taxonomy, commentReplies);
    }

    /** The same settings with the per-profile state spread over this many partitions (those of the engagements). */
    public ProcessorConfig withProfilePartitions(int partitions) {
        return new ProcessorConfig(applicationId, stateDir, numStandbyReplicas, commitInterval, blogWindow,
                newsletterWindow, podcastWindow, videoWindow, bestWithin, wordsPerMinute, closeTimeout, recheckEvery,
                partitions, relationships, taxonomy, commentReplies);
    }

    /** The same settings with other comment-reply rules. */
    public ProcessorConfig withCommentReplies(CommentReplyRules rules) {
        return new ProcessorConfig(applicationId, stateDir, numStandbyReplicas, commitInterval, blogWindow,
                newsletterWindow, podcastWindow, videoWindow, bestWithin, wordsPerMinute, closeTimeout, recheckEvery,
                profilePartitions, relationships, taxonomy, rules);
    }

    /** How long after publication a post of this kind is still worth a response. */
    public Duration windowFor(SourceKind kind) {
        return switch (kind) {
            case BLOG -> blogWindow;
            case NEWSLETTER -> newsletterWindow;
            case PODCAST -> podcastWindow;
            case VIDEO -> videoWindow;
        };
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
        }
    }
}
