package io.mentorfeed.app.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code admin dead-letters list|show|replay|drop}: what no service could process, and what to do with it. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Lists, shows, replays or drops the records on mentorfeed.dead-letters.",
        subcommands = {DeadLettersList.class, DeadLetterShow.class, DeadLettersReplay.class, DeadLettersDrop.class})
public final class DeadLettersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: list, show, replay or drop");
    }
}
