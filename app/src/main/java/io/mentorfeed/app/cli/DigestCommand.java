package io.mentorfeed.app.cli;

import io.mentorfeed.api.email.DigestEmail;
import io.mentorfeed.api.email.DigestEmailTool;
import io.mentorfeed.api.email.DigestSender;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mentorfeed digest preview|send}: one reader's digest email, from the command line, against the Kafka of
 * a running mentorfeed (kafka.bootstrap-servers, else the embedded broker's 127.0.0.1:kafka.port). Both build the
 * API's read model, wait until it has caught up, do their one thing and stop.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Previews or sends a reader's daily digest email.",
        subcommands = {DigestCommand.Preview.class, DigestCommand.Send.class})
public final class DigestCommand {

    /** Where the settings come from, shared by both subcommands. */
    static final class Settings {
        @Option(names = "--config", paramLabel = "FILE", description = "YAML config (default: ./mentorfeed.yml if present)")
        Path config;

        @Option(names = "--demo", description = "use the demo's settings (as `mentorfeed demo` runs), under --config")
        boolean demo;

        @Option(names = "--profile", required = true, paramLabel = "ID", description = "the reader")
        String profile;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "how long to wait for Kafka and the read model (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        DigestEmailTool open() throws InterruptedException {
            MentorfeedOptions options = new OptionsLoader().forCommand(demo, config, System.getenv());
            Map<String, Object> kafka = options.kafka().clientProperties();
            return DigestEmailTool.open(options.api(), kafka, Duration.ofSeconds(timeoutSeconds));
        }
    }

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Prints the email (or writes it with --out) without sending it.")
    static final class Preview implements Callable<Integer> {
        @Mixin
        Settings settings;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "local date in the reader's zone (default: today there)")
        LocalDate date;

        @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of printing")
        Path out;

        @Option(names = "--format", defaultValue = "html", description = "html or text (default: ${DEFAULT-VALUE})")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException, IOException {
            if (!format.equals("html") && !format.equals("text")) {
                throw new IllegalArgumentException("--format must be html or text, not '" + format + "'");
            }
            try (DigestEmailTool tool = settings.open()) {
                DigestEmail email = tool.preview(settings.profile, date, Instant.now());
                String body = format.equals("html") ? email.html() : email.text();
                PrintWriter err = spec.commandLine().getErr();
                err.println("subject=\"" + email.subject() + "\" to=" + email.to() + " date=" + email.date()
                        + " items=" + email.items());
                err.flush();
                if (out != null) {
                    Files.writeString(out, body, StandardCharsets.UTF_8);
                    err.println("wrote " + out);
                    err.flush();
                } else {
                    spec.commandLine().getOut().print(body);
                    spec.commandLine().getOut().flush();
                }
            }
            return 0;
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Sends today's digest now (once per reader and day: refused if already sent).")
    static final class Send implements Callable<Integer> {
        @Mixin
        Settings settings;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            try (DigestEmailTool tool = settings.open()) {
                DigestSender.Outcome outcome = tool.send(settings.profile, Instant.now());
                spec.commandLine().getOut().println("digest " + outcome.name().toLowerCase(java.util.Locale.ROOT)
                        + " profile=" + settings.profile);
                spec.commandLine().getOut().flush();
                return outcome == DigestSender.Outcome.FAILED ? 1 : 0;
            }
        }
    }
}
