package io.mentorfeed.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.app.MentorfeedCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * An operator copies commands out of the runbooks at the worst moment: every {@code ./mentorfeed ...} line there
 * (in a code block or inline) must be a command this build really has, with options it really takes. Reference
 * pages may show synopses with [optional] and (a | b) parts; those are skipped, the runnable examples are checked.
 */
class RunbookCommandsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern INLINE = Pattern.compile("`(\\./mentorfeed [^`]+)`");
    private static final List<String> SECTIONS = List.of("## Symptoms", "## What shows it", "## Steps",
            "## Check it is fixed");

    @Test
    void everyRunbookCommandParsesAsARealCommand() throws IOException {
        List<Path> runbooks = runbooks();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path page : runbooks) {
            for (String command : commands(page, false)) {
                checked++;
                parse(page, command, failures);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("commands found in the runbooks").isGreaterThanOrEqualTo(runbooks.size());
    }

    @Test
    void theExamplesOfTheOtherOperatorPagesParseToo() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String name : List.of("architecture.md", "admin.md")) {
            Path page = DOCS.resolve(name);
            if (Files.exists(page)) {
                commands(page, true).forEach(command -> parse(page, command, failures));
            }
        }
        commands(Path.of("..", "README.md"), true).forEach(command -> parse(Path.of("README.md"), command, failures));
        assertThat(failures).isEmpty();
    }

    @Test
    void everyRunbookSaysHowToSeeTheProblemFixItAndCheckTheFix() throws IOException {
        List<Path> runbooks = runbooks();
        assertThat(runbooks.stream().map(p -> p.getFileName().toString())).contains("feed-failing.md",
                "host-rate-limits.md", "ingest-lag.md", "processor-stuck.md", "dead-letters.md", "digest-not-sent.md",
                "adding-capacity.md", "broker-restart-disk-full.md", "rotating-secrets.md", "lost-local-state.md");
        for (Path page : runbooks) {
            String text = Files.readString(page);
            assertThat(SECTIONS).as(page.toString()).allSatisfy(section -> assertThat(text).contains(section));
        }
    }

    private static void parse(Path page, String command, List<String> failures) {
        try {
            MentorfeedCli.commandLine().parseArgs(Tokens.split(command.substring("./mentorfeed".length())));
        } catch (CommandLine.ParameterException e) {
            failures.add(page.getFileName() + ": `" + command + "`: " + e.getMessage());
        }
    }

    private static List<Path> runbooks() throws IOException {
        try (Stream<Path> files = Files.list(DOCS.resolve("runbooks"))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted().toList();
        }
    }

    /** The ./mentorfeed lines of a page: whole lines in fenced blocks, and inline code spans. */
    static List<String> commands(Path page, boolean skipSynopses) throws IOException {
        List<String> commands = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced) {
                String command = trimmed.startsWith("$ ") ? trimmed.substring(2) : trimmed;
                if (command.startsWith("./mentorfeed ")) {
                    commands.add(command);
                }
            } else {
                Matcher inline = INLINE.matcher(line);
                while (inline.find()) {
                    commands.add(inline.group(1));
                }
            }
        }
        return skipSynopses ? commands.stream().filter(c -> !c.matches(".*(\\[|\\(|\\||\\.\\.\\.).*")).toList()
                : commands;
    }
}
