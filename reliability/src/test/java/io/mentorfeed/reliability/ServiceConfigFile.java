package io.mentorfeed.reliability;

import io.mentorfeed.model.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The mentorfeed.yml every process of the run reads, as an operator writes one for many machines: the cluster with
 * replication factor 3, fast failure detection, ingest polling the local feeds about every second, and the
 * readers. What differs per process (ops port, state dir) comes from the environment.
 */
final class ServiceConfigFile {
    private ServiceConfigFile() {}

    static Path write(Path dir, String bootstrapServers, GrowingFeeds feeds, List<Profile> profiles) {
        StringBuilder yaml = new StringBuilder()
                .append("kafka:\n  bootstrap-servers: ").append(bootstrapServers).append('\n')
                .append("  replication-factor: 3\n")
                .append("  properties:\n")
                // A killed member's partitions move after 6 s (the broker's minimum) instead of 45 s; an open
                // transaction of a killed process is aborted after 10 s instead of ingest's 15 s.
                .append("    session.timeout.ms: '6000'\n")
                .append("    heartbeat.interval.ms: '1000'\n")
                .append("    transaction.timeout.ms: '10000'\n")
                .append("ingest:\n  poll-interval: 1s\n  min-poll-interval: 500ms\n  max-poll-interval: 2s\n")
                .append("  initial-poll-spread: 1s\n  allow-private-addresses: true\n  comments-entries: 0\n")
                .append("mentors:\n");
        for (String mentor : feeds.mentorIds()) {
            yaml.append("  - id: ").append(mentor).append("\n    name: Mentor ").append(mentor)
                    .append("\n    feed-url: ").append(feeds.feedUrl(mentor)).append("\n    kind: blog\n");
        }
        yaml.append("profiles:\n");
        for (Profile profile : profiles) {
            yaml.append("  - id: ").append(profile.id()).append("\n    time-zone: UTC\n    digest-hour: 7\n")
                    .append("    following: [").append(String.join(", ", profile.following())).append("]\n");
        }
        Path file = dir.resolve("mentorfeed.yml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
