package io.mentorfeed.app.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mentorfeed admin ...}: operators' commands against the Kafka of a running mentorfeed (kafka.bootstrap-servers
 * of --config, else the embedded broker of a running start or demo). See docs/admin.md.
 */
@Command(name = "admin", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Operates a running mentorfeed: feeds, refetch, pause/resume, lag, sent digests,"
                + " dead letters, resets, export/import.",
        subcommands = {FeedsCommand.class, RefetchCommand.class, PauseCommand.class, ResumeCommand.class,
                LagCommand.class, SentDigestsCommand.class, DeadLettersCommand.class, RebuildReadModelCommand.class,
                ResetProcessorCommand.class, ExportCommand.class, ImportCommand.class})
public final class AdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand (see admin --help)");
    }
}
