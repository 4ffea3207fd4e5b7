package io.mentorfeed.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.api.ApiService;
import io.mentorfeed.model.Json;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.WithKafka;
import java.io.IOException;
import java.net.InetSocketAddress;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader's page in a real browser against the API on a real Kafka cluster: src/test/browser/scenario.mjs
 * drives Debian's headless Chromium through playwright-core (sign in, a hostile title shown inert, act on an
 * item, snooze with the keyboard, the reading list's filters, an admin adding a mentor by its site's URL and
 * pausing it, a phone-sized page). Then this test checks that each write reached Kafka: the read model, built
 * from the topics, has the engagements and the mentor. Screenshots: target/browser-screenshots/.
 */
@WithKafka
class WebPageIT {
    private static final Path SHOTS = Path.of("target/browser-screenshots");
    private static final String NEW_MENTOR = "Grace Hopper's notes";
    private static final HttpClient http = HttpClient.newHttpClient();

    private static ApiService api;
    private static HttpServer site;

    @BeforeAll
    static void start(KafkaCluster kafka) throws IOException {
        ReaderFixture.seed(kafka);
        api = ReaderFixture.start(kafka);
        await().atMost(Duration.ofSeconds(30)).until(api::isReady);
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            boolean feed = exchange.getRequestURI().getPath().equals("/feed.xml");
            String body = feed ? "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + NEW_MENTOR.replace(
                    "'", "&apos;") + "</title><link>http://127.0.0.1/</link><description>d</description></channel></rss>"
                    : "<!DOCTYPE html><html><head><title>" + NEW_MENTOR.replace("'", "&#39;") + "</title><link rel=\"alternate\" "
                    + "type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>Hi</body></html>";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", feed ? "application/rss+xml" : "text/html");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        site.start();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.stop(0);
        }
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void aReaderSignsInActsSnoozesAndAnAdminAddsAMentorInHeadlessChromium() throws Exception {
        Path chromium = ExternalTools.require("chromium");
        Path node = ExternalTools.require("node");
        Path browserDir = ExternalTools.requirePlaywright();
        Files.createDirectories(SHOTS);

        ProcessBuilder scenario = new ProcessBuilder(node.toString(), "scenario.mjs").directory(browserDir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = scenario.environment();
        env.put("MF_BASE_URL", "http://127.0.0.1:" + api.port());
        env.put("MF_CHROMIUM", chromium.toString());
        env.put("MF_SHOTS", SHOTS.toAbsolutePath().toString());
        env.put("MF_PROFILE", "ada");
        env.put("MF_TOKEN", ReaderFixture.ADA);
        env.put("MF_ADMIN_TOKEN", ReaderFixture.ADMIN);
        env.put("MF_HOSTILE_POST", ReaderFixture.HOSTILE);
        env.put("MF_HOSTILE_TITLE", ReaderFixture.HOSTILE_TITLE);
        env.put("MF_ACT_POST", ReaderFixture.ASK);
        env.put("MF_SNOOZE_POST", ReaderFixture.TALK);
        env.put("MF_FEED_URL", "http://127.0.0.1:" + site.getAddress().getPort() + "/");
        env.put("MF_NEW_MENTOR_NAME", NEW_MENTOR);
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = scenario.start();
        List<String> lines = new ArrayList<>();
        try (var out = process.inputReader(StandardCharsets.UTF_8)) {
            out.lines().forEach(line -> {
                System.out.println("browser: " + line);
                lines.add(line);
            });
        }
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the browser scenario ended").isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).anyMatch(l -> l.contains("\"step\":\"done\""));

        // Every write went through Kafka: the read model, rebuilt from the topics, shows it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode engagements = get("/api/v1/profiles/ada/engagements").get("items");
            assertThat(engagements.findValuesAsText("kind")).contains("commented", "snoozed");
            assertThat(engagements.toString()).contains(ReaderFixture.ASK, ReaderFixture.TALK);
            JsonNode mentors = get("/api/v1/mentors").get("items");
            JsonNode grace = null;
            for (JsonNode m : mentors) {
                grace = m.get("name").asText().equals(NEW_MENTOR) ? m : grace;
            }
            assertThat(grace).as(mentors.toString()).isNotNull();
            assertThat(grace.get("paused").asBoolean()).isTrue();
            assertThat(get("/api/v1/profiles/ada").get("following").toString()).contains(grace.get("id").asText());
        });
        for (String shot : List.of("01-today.png", "02-hostile-title.png", "03-after-actions.png",
                "05-reading-list-done.png", "06-mentors-admin.png", "07-phone.png")) {
            assertThat(SHOTS.resolve(shot)).isNotEmptyFile();
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                + path)).header("Authorization", "Bearer " + ReaderFixture.ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }
}
