package io.mentorfeed.app.kafka;

import java.util.List;

/** What {@link TopicInstaller#install} did: topics it created, topics it found, and found ones that drifted. */
public record TopicInstallSummary(List<String> created, List<String> existing, List<String> drifted) {
    public TopicInstallSummary {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        drifted = List.copyOf(drifted);
    }
}
