package io.mentorfeed.app.kafka;

import io.mentorfeed.model.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;

/**
 * A service started alone does not create topics (that is {@code ./mentorfeed setup}'s job, done once per cluster,
 * where partitions and replication are decided): it only checks they are there, so a typo in the bootstrap servers
 * or a skipped set-up stops it with one clear line instead of auto-created topics with the wrong settings.
 */
public final class TopicCheck {
    private TopicCheck() {}

    public static void requirePresent(Admin admin, Collection<? extends Topic<?, ?>> topics, Duration timeout) {
        AdminDeadline deadline = new AdminDeadline(timeout);
        Set<String> present = deadline.await(
                admin.listTopics(new ListTopicsOptions().timeoutMs(deadline.remainingMs())).names(), "listing topics");
        List<String> missing = topics.stream().map(Topic::name).filter(name -> !present.contains(name)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("topics missing " + missing
                    + ": run ./mentorfeed setup --config FILE once against this cluster first");
        }
    }
}
