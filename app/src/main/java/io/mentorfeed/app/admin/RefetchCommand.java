package io.mentorfeed.app.admin;

import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code admin refetch}: asks ingest to poll one feed now (a REFETCH_FEED control command). The ingest instance
 * that follows the feed acts on it; the others ignore it. Nothing waits for the poll: `admin feeds` shows it.
 */
@Command(name = "refetch", mixinStandardHelpOptions = true,
        description = "Asks ingest to poll one feed now, without validators and ignoring its error backoff.")
public final class RefetchCommand implements Callable<Integer> {
    static final String REQUESTED_BY = "cli";

    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    MentorTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AdminKafka kafka = connection.connect()) {
            Mentor mentor = target.resolve(kafka.latestByKey(Topics.MENTORS).values());
            ControlCommand command = ControlCommand.refetch(mentor.id(), Instant.now(), REQUESTED_BY);
            kafka.send(Topics.CONTROL, command.target(), command, "writing to " + Topics.CONTROL.name());
            PrintWriter out = spec.commandLine().getOut();
            out.println("refetch requested mentor=" + mentor.id() + " feed=" + mentor.feedUrl() + " id=" + command.id());
            if (mentor.paused()) {
                out.println("note: the mentor is paused; ingest polls it again after ./mentorfeed admin resume");
            }
            out.println("check: ./mentorfeed admin feeds (LAST FETCH changes once ingest has polled it)");
            out.flush();
        }
        return 0;
    }
}
