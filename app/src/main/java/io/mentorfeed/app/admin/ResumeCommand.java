package io.mentorfeed.app.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code admin resume}: ingest polls a paused mentor's feed again. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Polls a paused mentor's feed again (republishes the mentor with paused: false).")
public final class ResumeCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    MentorTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PauseSwitch.apply(connection, target, false, spec.commandLine().getOut());
    }
}
