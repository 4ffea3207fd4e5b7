package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin export}: the registered mentors and profiles as YAML, e.g. to back them up or edit and import. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Prints (or writes with --out) the registered mentors and profiles as YAML.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of printing")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RegistryFile registry;
        try (AdminKafka kafka = connection.connect()) {
            registry = new RegistryFile(List.copyOf(kafka.latestByKey(Topics.MENTORS).values().values()),
                    List.copyOf(kafka.latestByKey(Topics.PROFILES).values().values()));
        }
        String yaml = new RegistryYaml().write(registry);
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            write(yaml);
            PrintWriter err = spec.commandLine().getErr();
            err.println("exported mentors=" + registry.mentors().size() + " profiles=" + registry.profiles().size()
                    + " to " + out);
            err.flush();
        }
        return 0;
    }

    /** A missing folder's exception says only the path: the line names the kind of failure instead. */
    private void write(String yaml) {
        try {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e instanceof FileSystemException fs
                    ? Objects.requireNonNullElse(fs.getReason(), fs.getClass().getSimpleName()) : e.getMessage();
            throw new AdminException("cannot write " + out + ": " + why, e);
        }
    }
}
