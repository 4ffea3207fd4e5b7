package io.mentorfeed.app.admin;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code admin import FILE}: registers the file's mentors and profiles (new and changed ones; the same ones are not
 * written again). The whole file is checked before anything is written. Registered records missing from the file
 * are left alone: import adds and updates, it never deletes. It writes with the command's own clients, so the
 * writes too wait at most --timeout and a Kafka that does not answer is one line, as for every admin command.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Registers the mentors and profiles of a YAML file (as export writes it); never deletes.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "FILE", description = "YAML with mentors: and profiles: lists")
    Path file;

    @Option(names = "--dry-run", description = "check the file and print what would change; write nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RegistryFile registry = new RegistryYaml().read(file);
        PrintWriter out = spec.commandLine().getOut();
        try (AdminKafka kafka = connection.connect()) {
            Map<String, Mentor> mentors = kafka.latestByKey(Topics.MENTORS).values();
            Map<String, Profile> profiles = kafka.latestByKey(Topics.PROFILES).values();
            try {
                registry.validate(mentors.keySet());
            } catch (IllegalArgumentException e) {
                throw new AdminException(file + ": " + e.getMessage(), e);
            }
            var mentorChanges = RegistryChanges.of("mentor", registry.mentors(), mentors, Mentor::id);
            var profileChanges = RegistryChanges.of("profile", registry.profiles(), profiles, Profile::id);
            mentorChanges.lines().forEach(out::println);
            profileChanges.lines().forEach(out::println);
            if (dryRun) {
                out.println("dry run: nothing written");
            } else {
                // Mentors first: a reader of profiles then finds every mentor they follow already registered.
                kafka.send(Topics.MENTORS, mentorChanges.toWrite(), Mentor::id, "writing to " + Topics.MENTORS.name());
                kafka.send(Topics.PROFILES, profileChanges.toWrite(), Profile::id,
                        "writing to " + Topics.PROFILES.name());
                out.println("imported " + file + " (registered records missing from it were left alone)");
            }
            out.flush();
        }
        return 0;
    }
}
