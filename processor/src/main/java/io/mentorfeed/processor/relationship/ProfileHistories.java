package io.mentorfeed.processor.relationship;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The readers' histories (the {@code profile-history} store) with the last ones used kept deserialized: one decision
 * reads its reader's history several times, and a reader's decisions come in runs (a re-check, a fan-out), while
 * reading one back from JSON was the largest single cost of a decision. Write-through, and this task is the store's
 * only writer, so the two never differ; a new processor instance (a restart, a task moved or revived after an abort)
 * starts empty.
 */
final class ProfileHistories {
    private static final int KEPT = 256;

    private final KeyValueStore<String, ProfileHistory> store;
    private final Map<String, ProfileHistory> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProfileHistory> eldest) {
            return size() > KEPT;
        }
    };

    ProfileHistories(KeyValueStore<String, ProfileHistory> store) {
        this.store = store;
    }

    ProfileHistory of(String profileId) {
        ProfileHistory history = recent.get(profileId);
        if (history == null) {
            ProfileHistory stored = store.get(profileId);
            history = stored == null ? ProfileHistory.empty() : stored;
            recent.put(profileId, history);
        }
        return history;
    }

    void put(String profileId, ProfileHistory history) {
        store.put(profileId, history);
        recent.put(profileId, history);
    }
}
