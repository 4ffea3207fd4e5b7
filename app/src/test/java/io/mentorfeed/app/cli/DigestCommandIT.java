package io.mentorfeed.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mentorfeed digest preview|send} against a real Kafka cluster holding one reader's digest. */
@WithKafka
class DigestCommandIT {
    private static final Instant OPENS = Instant.now().minus(Duration.ofHours(1));
    private static Path config;

    @BeforeAll
    static void data(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        kafka.createTopics(Topics.ALL);
        kafka.send(Topics.MENTORS, Map.of("kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed.xml", SourceKind.BLOG)));
        kafka.send(Topics.PROFILES, Map.of("ada", new Profile("ada", "Ada", "ada@example.org", ZoneId.of("UTC"), 7,
                List.of(), List.of("kim"))));
        ResponseWindow window = new ResponseWindow(OPENS, OPENS.plus(Duration.ofHours(6)), OPENS.plus(Duration.ofDays(4)));
        kafka.send(Topics.RECOMMENDATIONS, Map.of("ada/kim-1", new Recommendation("ada", "kim-1", "kim", "Kim Lee",
                "What should I <script>write</script> next?", "https://kim.example.org/1", OPENS, Action.RESPOND_NOW,
                window, null, 0.9, List.of("The author asks readers a question"), List.of(), List.of(), OPENS, false)));
        config = dir.resolve("mentorfeed.yml");
        Files.writeString(config, "kafka:\n  bootstrap-servers: " + kafka.bootstrapServers() + "\n");
    }

    @Test
    void previewWritesTheHtmlOfTheDigest(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("digest.html");
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "preview", "--config", config.toString(), "--profile", "ada",
                "--out", out.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("subject=\"1 post today: “What should I <script>write</script> next?”\"",
                "to=ada@example.org", "items=1");
        assertThat(Files.readString(out)).contains("Respond now", "What should I &lt;script&gt;write")
                .doesNotContain("<script>");

        StringWriter text = new StringWriter();
        assertThat(run(text, new StringWriter(), "preview", "--config", config.toString(), "--profile", "ada",
                "--format", "text")).isZero();
        assertThat(text.toString()).contains("== RESPOND NOW ==", "* What should I <script>write</script> next?");
    }

    @Test
    void sendWithoutAnSmtpServerConfiguredSaysWhatIsMissing() {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "send", "--config", config.toString(), "--profile", "ada");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("mentorfeed: api.email.smtp-host, api.email.from and "
                + "api.email.signing-secret must be set to send");
    }

    @Test
    void anUnknownProfileIsOneLine() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "preview", "--config", config.toString(), "--profile", "nobody"))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("mentorfeed: No profile 'nobody'");
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        // As MentorfeedCli reports a failure: one line on stderr.
        CommandLine cli = new CommandLine(new DigestCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("mentorfeed: " + e.getMessage());
            return 1;
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
