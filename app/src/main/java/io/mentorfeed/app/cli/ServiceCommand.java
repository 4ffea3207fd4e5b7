package io.mentorfeed.app.cli;

import io.mentorfeed.app.MentorfeedApp;
import io.mentorfeed.app.ServiceName;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./mentorfeed ingest|processor|api}: one service alone in this process, against the cluster of
 * {@code kafka.bootstrap-servers}, as on many machines. Run as many of each as the load needs; the consumer
 * groups share the work. {@code ./mentorfeed setup} must have run once against the cluster.
 */
public abstract class ServiceCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML config (default: ./mentorfeed.yml if present)")
    Path config;

    abstract ServiceName service();

    @Override
    public Integer call() throws InterruptedException {
        MentorfeedOptions options = new OptionsLoader().forCommand(false, config, System.getenv());
        Foreground.run(() -> MentorfeedApp.startService(options, service()), app -> Optional.empty());
        return 0;
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Runs ingest alone: polls its share of the mentors' feeds into Kafka.")
    public static final class Ingest extends ServiceCommand {
        @Override
        ServiceName service() {
            return ServiceName.INGEST;
        }
    }

    @Command(name = "processor", mixinStandardHelpOptions = true,
            description = "Runs the processor alone: turns entries into posts and decides per reader.")
    public static final class Processor extends ServiceCommand {
        @Override
        ServiceName service() {
            return ServiceName.PROCESSOR;
        }
    }

    @Command(name = "api", mixinStandardHelpOptions = true,
            description = "Runs the HTTP API alone (and, when api.email is set, the daily digest email).")
    public static final class Api extends ServiceCommand {
        @Override
        ServiceName service() {
            return ServiceName.API;
        }
    }
}
