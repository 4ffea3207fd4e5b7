package io.mentorfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MentorfeedCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MentorfeedCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("start", "demo");
    }

    @Test
    void aMissingConfigFileIsOneLineAndExitCodeTwo() {
        assertThat(run("start", "--config", "does-not-exist.yml")).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("mentorfeed: config file does-not-exist.yml does not exist or is not a file")
                .doesNotContain("\n");
    }

    @Test
    void anUnknownCommandIsRefusedWithUsage() {
        assertThat(run("launch")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "launch");
    }
}
