package io.mentorfeed.app.admin;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code admin export}: the registered mentors and profiles as YAML, e.g. to back them up or edit and import. A
 * record no serde can read cannot be exported; it is named on stderr rather than silently missing from a backup.
 */
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
        KeyedSnapshot<Mentor> mentors;
        KeyedSnapshot<Profile> profiles;
        try (AdminKafka kafka = connection.connect()) {
            mentors = kafka.latestByKey(Topics.MENTORS);
            profiles = kafka.latestByKey(Topics.PROFILES);
        }
        RegistryFile registry = new RegistryFile(List.copyOf(mentors.values().values()),
                List.copyOf(profiles.values().values()));
        String yaml = new RegistryYaml().write(registry);
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            write(yaml);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<KeyedSnapshot.Unreadable> skipped = new ArrayList<>(mentors.unreadable());
        skipped.addAll(profiles.unreadable());
        skipped.forEach(record -> err.println(record.warning()));
        if (out != null) {
            err.println("exported mentors=" + registry.mentors().size() + " profiles=" + registry.profiles().size()
                    + " to " + out);
        }
        if (!skipped.isEmpty()) {
            err.println(leftOut(skipped.size()));
        }
        err.flush();
        // Still a success: the readable records are exported, and a script must not lose them to one bad record.
        return 0;
    }

    /** The last line when records were skipped: their count, and that the export lacks them. */
    static String leftOut(int unreadable) {
        return "warning: " + unreadable + (unreadable == 1 ? " unreadable record was" : " unreadable records were")
                + " left out of the export";
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
