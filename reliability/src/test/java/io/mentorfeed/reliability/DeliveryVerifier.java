package io.mentorfeed.reliability;

import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import io.mentorfeed.reliability.GrowingFeeds.PublishedEntry;
import io.mentorfeed.testkit.KafkaCluster;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads mentorfeed.entries, mentorfeed.posts and mentorfeed.recommendations from the beginning with
 * read_committed (aborted transactions are invisible, as to every reader of ours), tallies them against what
 * the feeds published, and checks that each feed's entries kept their order.
 */
final class DeliveryVerifier {
    private DeliveryVerifier() {}

    static DeliveryReport verify(KafkaCluster kafka, List<PublishedEntry> published, List<Profile> profiles) {
        Set<String> entryKeys = new HashSet<>();
        Set<String> postKeys = new HashSet<>();
        Set<String> recommendationKeys = new HashSet<>();
        for (PublishedEntry entry : published) {
            entryKeys.add(entry.mentorId() + "/" + entry.entryId());
            postKeys.add(entry.postId());
            profiles.stream().filter(p -> p.following().contains(entry.mentorId()))
                    .forEach(p -> recommendationKeys.add(p.id() + "/" + entry.postId()));
        }
        List<ConsumerRecord<String, IngestedEntry>> entryRecords = kafka.readAll(Topics.ENTRIES);
        var entries = DeliveryTally.of(entryKeys, entryRecords.stream()
                .map(r -> r.key() + "/" + r.value().entry().id()).toList());
        var posts = DeliveryTally.of(postKeys, kafka.readAll(Topics.POSTS).stream().map(r -> r.key()).toList());
        var recommendations = DeliveryTally.of(recommendationKeys,
                kafka.readAll(Topics.RECOMMENDATIONS).stream().map(r -> r.key()).toList());
        return new DeliveryReport(published.size(), entries, lateEntries(entryRecords), posts, recommendations);
    }

    /** Entries of a feed that came after one it published later ({@link PollOrder}), or every entry of a split feed. */
    private static int lateEntries(List<ConsumerRecord<String, IngestedEntry>> records) {
        int late = 0;
        for (var feed : records.stream().collect(Collectors.groupingBy(ConsumerRecord::key)).values()) {
            if (feed.stream().map(ConsumerRecord::partition).distinct().count() > 1) {
                late += feed.size(); // a feed spread over partitions has no order at all
                continue;
            }
            Set<String> seen = new HashSet<>();
            List<Integer> firstCopies = feed.stream().sorted(Comparator.comparingLong(ConsumerRecord::offset))
                    .map(r -> r.value().entry().id()).filter(seen::add)
                    .map(id -> Integer.parseInt(id.substring(id.lastIndexOf('-') + 1))).toList();
            late += PollOrder.lateEntries(firstCopies);
        }
        return late;
    }
}
