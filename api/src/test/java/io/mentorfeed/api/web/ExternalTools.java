package io.mentorfeed.api.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs the end-to-end tests drive: Debian's chromium, node with playwright-core in src/test/browser,
 * newsboat, tmux. {@code scripts/install-test-tools.sh} installs them and {@code .ci/run} runs it first, so in CI
 * (CI set, or -Dmentorfeed.test.tools=required) a missing one fails the test with what to run. On a developer's
 * machine without them the test is skipped, and says why: {@code ./mvnw verify} must work on a fresh machine
 * with only a JDK (README), and these programs need root to install.
 */
final class ExternalTools {
    static final Path BROWSER_DIR = Path.of("src/test/browser");

    private ExternalTools() {}

    static Path require(String program) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
        return found.orElseGet(() -> missing(program + " is not installed"));
    }

    static Path requirePlaywright() {
        Path module = BROWSER_DIR.resolve("node_modules/playwright-core/package.json");
        return Files.isRegularFile(module) ? BROWSER_DIR : missing("playwright-core is not installed in "
                + BROWSER_DIR.toAbsolutePath() + " (npm ci there)");
    }

    private static <T> T missing(String what) {
        String message = what + ": run scripts/install-test-tools.sh (as root: apt-get install chromium newsboat "
                + "tmux, npm ci in api/src/test/browser)";
        boolean required = System.getenv("CI") != null || "required".equals(System.getProperty("mentorfeed.test.tools"));
        if (required) {
            fail(message);
        }
        Assumptions.abort("skipped outside CI: " + message);
        throw new AssertionError("unreachable");
    }
}
