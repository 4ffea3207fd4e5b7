package io.mentorfeed.app.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code admin pause}: ingest stops polling a mentor's feed until it is resumed. */
@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Stops polling a mentor's feed (republishes the mentor with paused: true).")
public final class PauseCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    MentorTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PauseSwitch.apply(connection, target, true, spec.commandLine().getOut());
    }
}
