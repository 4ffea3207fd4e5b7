package io.mentorfeed.app.admin;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin dead-letters list}: the newest dead letters, one line each. Reads only. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the newest dead letters: position, time, source, error class, origin, reason.")
public final class DeadLettersList implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N, the newest (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    /** A dead letter as a script reads it: the bytes stay out (see `show`). */
    public record Summary(String position, int partition, long offset, Instant time, String source,
                          String errorClass, String origin, String reason, boolean replayable) {
        static Summary of(DeadLetter letter) {
            return new Summary(letter.position().toString(), letter.position().partition(), letter.position().offset(),
                    letter.time(), letter.source(), letter.errorClass(), letter.origin(), letter.reasonFirstLine(),
                    letter.replayable());
        }
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new AdminException("--limit must be at least 1, not " + limit);
        }
        List<DeadLetter> letters;
        try (AdminKafka kafka = connection.connect()) {
            letters = DeadLetterTopic.read(kafka).newest(limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, letters.stream().map(Summary::of).toList());
        } else if (letters.isEmpty()) {
            out.println("no dead letters");
        } else {
            out.print(table(letters).render());
        }
        out.flush();
        return 0;
    }

    static TextTable table(List<DeadLetter> letters) {
        TextTable table = new TextTable("POSITION", "TIME", "SOURCE", "ERROR", "ORIGIN", "REASON");
        letters.forEach(l -> table.row(l.position(), l.time(), l.source(), l.errorClass(), l.origin(),
                l.reasonFirstLine()));
        return table;
    }
}
