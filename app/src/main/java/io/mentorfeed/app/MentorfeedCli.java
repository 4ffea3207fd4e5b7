package io.mentorfeed.app;

import io.mentorfeed.app.cli.Foreground;
import io.mentorfeed.app.cli.ServiceCommand;
import io.mentorfeed.app.cli.SetupCommand;
import io.mentorfeed.app.config.ConfigException;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import io.mentorfeed.app.demo.DemoSetup;
import io.mentorfeed.app.demo.SampleFeedServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code mentorfeed} command line. Errors are one line on stderr and a non-zero exit code. */
@Command(name = "mentorfeed", mixinStandardHelpOptions = true, version = "mentorfeed 0.1.0",
        description = "Follows your mentors' feeds and tells you which posts are worth a response, and when.",
        subcommands = {MentorfeedCli.Start.class, MentorfeedCli.Demo.class, ServiceCommand.Ingest.class,
                ServiceCommand.Processor.class, ServiceCommand.Api.class, SetupCommand.class,
                io.mentorfeed.app.cli.ParseCommand.class, io.mentorfeed.app.cli.DigestCommand.class,
                io.mentorfeed.app.admin.AdminCommand.class})
public final class MentorfeedCli {
    private static final Logger log = LoggerFactory.getLogger(MentorfeedCli.class);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with mentorfeed's error handling; tests parse deployment files and runbooks with it. */
    public static CommandLine commandLine() {
        return new CommandLine(new MentorfeedCli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("mentorfeed: " + oneLine(e));
                    log.debug("command failed", e);
                    return e instanceof ConfigException ? 2 : 1;
                });
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Runs ingest, processor and API; with no kafka.bootstrap-servers, on an embedded Kafka broker.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", description = "YAML config (default: ./mentorfeed.yml if present)")
        Path config;

        @Override
        public Integer call() throws InterruptedException {
            MentorfeedOptions options = new OptionsLoader().forCommand(false, config, System.getenv());
            if (options.mentors().isEmpty()) {
                log.warn("no mentors configured: add some under 'mentors:' in {} or --config FILE (see README)",
                        OptionsLoader.DEFAULT_FILE);
            }
            runUntilStopped(options);
            return 0;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Like start, plus a local server of sample mentors' feeds and a profile 'demo' following them.")
    static final class Demo implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", description = "YAML config layered over the demo's settings")
        Path config;

        @Override
        public Integer call() throws InterruptedException {
            MentorfeedOptions options = new OptionsLoader().forCommand(true, config, System.getenv());
            try (var feeds = SampleFeedServer.start(Clock.systemUTC(), options.demo().publishEvery(),
                    options.demo().postsPerFeed())) {
                runUntilStopped(DemoSetup.apply(options, feeds, ZoneId.systemDefault()));
            }
            return 0;
        }
    }

    /** Starts everything, then waits for Ctrl-C or SIGTERM. */
    private static void runUntilStopped(MentorfeedOptions options) throws InterruptedException {
        String profile = options.profiles().isEmpty() ? "PROFILE" : options.profiles().getFirst().id();
        Foreground.run(() -> MentorfeedApp.start(options, EnumSet.allOf(ServiceName.class)),
                app -> app.apiUrl().map(url -> "try curl -s " + url + "/profiles/" + profile + "/digest"));
    }
}
