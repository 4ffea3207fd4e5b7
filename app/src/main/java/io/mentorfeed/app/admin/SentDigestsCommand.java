package io.mentorfeed.app.admin;

import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code admin sent-digests}: which of one reader's last days have a digest record (claimed, skipped, failed), by
 * which instance, and why a day was skipped or failed. Answers "did the scheduler get to it?". Reads only.
 */
@Command(name = "sent-digests", mixinStandardHelpOptions = true,
        description = "Lists one reader's digest records of the last days: date, state, time, instance, reason.")
public final class SentDigestsCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--profile", paramLabel = "ID", required = true, description = "the reader's profile id")
    String profileId;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "the last N local days of the reader, today included (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 1) {
            throw new AdminException("--days must be at least 1, not " + days);
        }
        DigestHistory history;
        int unreadable;
        try (AdminKafka kafka = connection.connect()) {
            Profile profile = kafka.latestByKey(Topics.PROFILES).values().get(profileId);
            if (profile == null) {
                throw new AdminException("no profile '" + profileId + "' in the registry"
                        + " (see ./mentorfeed admin export)");
            }
            LocalDate today = LocalDate.now(profile.timeZone());
            KeyedSnapshot<SentDigest> records = kafka.latestByKey(Topics.SENT_DIGESTS);
            unreadable = records.unreadable().size();
            boolean anyFailed = DigestHistory.within(records.values().values(), profileId, today, days).stream()
                    .anyMatch(d -> SentDigest.FAILED.equals(d.status()));
            // The dead letters can be many: read them only when a failed day needs its reason.
            Collection<DeadLetter> deadLetters = anyFailed ? DeadLetterTopic.read(kafka).all() : List.of();
            history = DigestHistory.of(profile, today, days, records.values().values(), deadLetters);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, history);
        } else {
            out.print(history.render());
        }
        out.flush();
        if (unreadable > 0) {
            spec.commandLine().getErr().println("warning: " + unreadable + " record(s) on " + Topics.SENT_DIGESTS.name()
                    + " are not readable and were left out");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
