package io.mentorfeed.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mentorfeed.model.Json;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParseCommandTest {
    @Test
    void printsOneJsonLinePerInputAndFailsWhenOneFailed() throws Exception {
        StringWriter out = new StringWriter();
        int exit = run(out, fixture("blog-rss2.xml"), fixture("truncated.xml"), "no/such/feed.xml");

        List<JsonNode> lines = lines(out);
        assertThat(exit).isEqualTo(1);
        assertThat(lines).hasSize(3);
        JsonNode ok = lines.getFirst();
        assertThat(ok.get("source").asText()).endsWith("blog-rss2.xml");
        assertThat(ok.get("ok").asBoolean()).isTrue();
        assertThat(ok.has("error")).isFalse();
        assertThat(ok.at("/feed/title").asText()).isEqualTo("Parse me");
        assertThat(ok.at("/feed/format").asText()).isEqualTo("rss_2.0");
        assertThat(ok.at("/entries/0/id").asText()).isEqualTo("parse-1");
        assertThat(ok.at("/entries/0/published").asText()).isEqualTo("2026-11-21T08:00:00Z");
        assertThat(ok.at("/entries/0/commentsUrl").asText()).isEqualTo("https://parse.example/what#comments");
        assertThat(ok.at("/entries/0/commentCount").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("ok").asBoolean()).isFalse();
        assertThat(lines.get(1).get("error").asText()).startsWith("parse: ");
        assertThat(lines.get(2).get("error").asText()).startsWith("io: cannot read no/such/feed.xml");
    }

    @Test
    void urlsAreFetchedLikeIngestDoesAndPrivateOnesOnlyWhenAllowed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] feed = Files.readAllBytes(Path.of(fixture("blog-rss2.xml")));
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(feed);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            StringWriter refused = new StringWriter();
            StringWriter allowed = new StringWriter();

            assertThat(run(refused, url)).isEqualTo(1);
            assertThat(run(allowed, "--allow-private-addresses", url)).isZero();

            assertThat(lines(refused).getFirst().get("error").asText()).startsWith("private-address: ");
            assertThat(lines(allowed).getFirst().at("/entries/0/link").asText()).isEqualTo("https://parse.example/what");
        } finally {
            server.stop(0);
        }
    }

    private static int run(StringWriter out, String... args) {
        return new CommandLine(new ParseCommand()).setOut(new PrintWriter(out)).execute(args);
    }

    private static List<JsonNode> lines(StringWriter out) {
        return out.toString().lines().map(line -> {
            try {
                return Json.mapper().readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not one JSON object per line: " + line, e);
            }
        }).toList();
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ParseCommandTest.class.getResource("/parse/" + name).toURI()).toString();
    }
}
