package io.mentorfeed.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.api.ApiService;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real feed reader on the Google Reader API: newsboat, configured as a user would (its FreshRSS source from
 * newsboat 2.24 on, its FeedHQ source, the same API in Google Reader's Atom, in Debian 12's 2.21), against the API
 * on a real Kafka cluster. {@code newsboat -x reload} then {@code -x print-unread} must list the reader's six
 * posts as unread; then newsboat runs in tmux, an article is opened (which marks it read in newsboat and sends
 * edit-tag), and the reader's page must show that post as done.
 */
@WithKafka
class GoogleReaderNewsboatIT {
    private static final Pattern VERSION = Pattern.compile("newsboat (\\d+)\\.(\\d+)");
    private static final HttpClient http = HttpClient.newHttpClient();

    private static ApiService api;

    @TempDir
    Path home;

    @BeforeAll
    static void start(KafkaCluster kafka) {
        ReaderFixture.seed(kafka);
        api = ReaderFixture.start(kafka);
        await().atMost(Duration.ofSeconds(30)).until(api::isReady);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void newsboatListsTheReadingListAndAReadInNewsboatShowsAsDoneOnThePage() throws Exception {
        Path newsboat = ExternalTools.require("newsboat");
        Path tmux = ExternalTools.require("tmux");
        Path config = writeConfig(newsboat);
        Files.writeString(home.resolve("urls"), "");
        List<String> base = List.of(newsboat.toString(), "-C", config.toString(), "-c", home.resolve("cache.db")
                .toString(), "-u", home.resolve("urls").toString());

        run(concat(base, "-x", "reload"));
        String unread = run(concat(base, "-x", "print-unread"));
        assertThat(unread.strip()).isEqualTo(ReaderFixture.ALL.size() + " unread articles");
        assertThat(doneOnThePage()).isEmpty();

        // Interactively, as a person reads: open the first feed, open its first article, quit.
        String socket = home.resolve("tmux.sock").toString();
        List<String> tmuxCmd = List.of(tmux.toString(), "-S", socket);
        run(concat(tmuxCmd, "new-session", "-d", "-x", "160", "-y", "40", "-s", "reader",
                String.join(" ", base.stream().map(a -> "'" + a + "'").toList())));
        try {
            awaitScreen(tmuxCmd, "Kim Lee");
            run(concat(tmuxCmd, "send-keys", "-t", "reader", "Enter"));
            awaitScreen(tmuxCmd, "A second question for you");
            run(concat(tmuxCmd, "send-keys", "-t", "reader", "Enter"));
            awaitScreen(tmuxCmd, "The text of");
            System.out.println("newsboat article screen:\n" + screen(tmuxCmd));
            run(concat(tmuxCmd, "send-keys", "-t", "reader", "q"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(doneOnThePage()).hasSize(1));
            run(concat(tmuxCmd, "send-keys", "-t", "reader", "q"));
            run(concat(tmuxCmd, "send-keys", "-t", "reader", "q"));
        } finally {
            new ProcessBuilder(concat(tmuxCmd, "kill-server")).start().waitFor(10, TimeUnit.SECONDS);
        }
        List<String> done = doneOnThePage();
        assertThat(ReaderFixture.ALL).containsAll(done);
        assertThat(run(concat(base, "-x", "reload", "print-unread")).strip())
                .isEqualTo((ReaderFixture.ALL.size() - 1) + " unread articles");
    }

    /** newsboat 2.24 and later have a FreshRSS source (the JSON API); older ones the FeedHQ source (Atom). */
    private Path writeConfig(Path newsboat) throws Exception {
        String version = run(List.of(newsboat.toString(), "--version"));
        Matcher m = VERSION.matcher(version);
        assertThat(m.find()).as(version).isTrue();
        boolean freshRss = Integer.parseInt(m.group(1)) > 2 || Integer.parseInt(m.group(2)) >= 24;
        String source = freshRss ? "freshrss" : "feedhq";
        String url = "http://127.0.0.1:" + api.port() + "/greader";
        Path config = home.resolve("config");
        Files.writeString(config, String.join("\n",
                "urls-source \"" + source + "\"",
                source + "-url \"" + url + "\"",
                source + "-login \"ada\"",
                source + "-password \"" + ReaderFixture.ADA + "\"",
                source + "-min-items 50",
                // Its special feeds are FeedHQ's own addresses (feedhq.org), not this server's: never fetch them.
                source + "-show-special-feeds no",
                "show-read-feeds yes",
                "article-sort-order date-desc",
                "") + "\n");
        System.out.println("newsboat " + version.lines().findFirst().orElse("") + " source=" + source);
        return config;
    }

    /** The post ids the reader's page lists as done, as the signed-in reader sees them. */
    private static List<String> doneOnThePage() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                + "/reading-list?status=done")).header("Cookie", Session.COOKIE + "="
                + new Session("ada", ReaderFixture.ADA).cookieValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("data-post-id=\"([^\"]+)\"").matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private void awaitScreen(List<String> tmux, String text) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(screen(tmux)).contains(text));
    }

    private String screen(List<String> tmux) throws Exception {
        return run(concat(tmux, "capture-pane", "-p", "-t", "reader"));
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
