package io.mentorfeed.app.admin;

import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code admin rebuild-read-model}: every running API instance drops its view and reads the topics again. */
@Command(name = "rebuild-read-model", mixinStandardHelpOptions = true,
        description = "Asks every API instance to rebuild its read model from the topics (a control command).")
public final class RebuildReadModelCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ControlCommand command = ControlCommand.rebuildReadModel(Instant.now(), RefetchCommand.REQUESTED_BY);
        try (AdminKafka kafka = connection.connect()) {
            kafka.send(Topics.CONTROL, command.target(), command, "writing to " + Topics.CONTROL.name());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("read-model rebuild requested id=" + command.id());
        out.println("check: mentorfeed_api_read_model_rebuilds_total rises on each API's /metrics, then"
                + " mentorfeed_api_read_model_lag_records falls back to 0");
        out.flush();
        return 0;
    }
}
