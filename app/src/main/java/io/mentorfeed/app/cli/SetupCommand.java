package io.mentorfeed.app.cli;

import io.mentorfeed.app.MentorfeedApp;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import io.mentorfeed.app.kafka.TopicInstallSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mentorfeed setup}: prepares a cluster once for services started alone: creates the missing topics
 * (existing ones are left as they are; drift is reported) and publishes the config's mentors and profiles.
 * Safe to run again, e.g. after editing the mentors in the file.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Creates mentorfeed's topics on kafka.bootstrap-servers and registers the config's mentors and profiles.")
public final class SetupCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML config (default: ./mentorfeed.yml if present)")
    Path config;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MentorfeedOptions options = new OptionsLoader().forCommand(false, config, System.getenv());
        TopicInstallSummary topics = MentorfeedApp.setUp(options);
        spec.commandLine().getOut().printf("setup done: topics created=%d existing=%d drifted=%s; mentors=%d profiles=%d%n",
                topics.created().size(), topics.existing().size(), topics.drifted(), options.mentors().size(),
                options.profiles().size());
        // Drift is reported, not fatal: more partitions than the spec is how capacity is added.
        return 0;
    }
}
