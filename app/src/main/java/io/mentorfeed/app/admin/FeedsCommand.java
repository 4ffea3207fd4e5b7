package io.mentorfeed.app.admin;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin feeds}: every mentor's feed, paused or not, and how ingest last found it. Reads only. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Lists every mentor's feed: paused, health, last status, last fetch, next poll, errors.")
public final class FeedsCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--unhealthy", description = "only the feeds ingest marks unhealthy")
    boolean unhealthyOnly;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<FeedRow> rows;
        KeyedSnapshot<Mentor> mentors;
        try (AdminKafka kafka = connection.connect()) {
            mentors = kafka.latestByKey(Topics.MENTORS);
            KeyedSnapshot<FeedState> states = kafka.latestByKey(Topics.FEED_STATE);
            rows = mentors.values().values().stream()
                    .map(mentor -> FeedRow.of(mentor, states.values().get(mentor.id())))
                    .filter(row -> !unhealthyOnly || row.health().equals(FeedRow.FAILING))
                    .toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
        } else if (rows.isEmpty()) {
            out.println(unhealthyOnly ? "no unhealthy feeds" : "no mentors registered (run ./mentorfeed setup)");
        } else {
            out.print(FeedRow.table(rows).render());
        }
        out.flush();
        if (!mentors.unreadable().isEmpty()) {
            spec.commandLine().getErr().println("warning: " + mentors.unreadable().size() + " mentor record(s) on "
                    + Topics.MENTORS.name() + " are not readable and were left out (see admin dead-letters list)");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
