package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.ADMIN;
import static io.mentorfeed.api.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.view.MaterializedView;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the JSON body of every write route: well-formed bodies with hostile values, valid bodies with bytes
 * flipped, cut or inserted, and arbitrary text. Whatever comes in, the answer is never a 5xx, and every refusal is a
 * problem+json naming what is wrong. 200 tries per route in the suite; more on demand with
 * {@code -Djqwik.tries.default=20000} (see docs/reliability.md).
 */
class ApiBodyFuzzTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");

    /** A write route, its caller and a body that it accepts, the seed of the mutations. */
    private record WriteRoute(String method, String path, String token, String validBody) {}

    private static final List<WriteRoute> ROUTES = List.of(
            new WriteRoute("PATCH", "/api/v1/profiles/ada", ADA,
                    "{\"name\":\"Ada\",\"interests\":[\"career\"],\"timeZone\":\"Europe/Paris\",\"digestHour\":7,"
                            + "\"following\":[\"kim\"],\"email\":\"ada@example.org\"}"),
            new WriteRoute("POST", "/api/v1/profiles/ada/engagements", ADA,
                    "{\"postId\":\"kim-0123456789abcdef\",\"kind\":\"snoozed\",\"until\":\"2026-03-08T00:00:00Z\"}"),
            new WriteRoute("POST", "/api/v1/mentors", ADMIN,
                    "{\"url\":\"http://127.0.0.1:1/feed\",\"id\":\"zoe\",\"name\":\"Zoe\",\"kind\":\"blog\","
                            + "\"topics\":[\"career\"]}"),
            new WriteRoute("PUT", "/api/v1/mentors/kim", ADMIN,
                    "{\"name\":\"Kim\",\"feedUrl\":\"https://kim.example.org/feed\",\"siteUrl\":\"https://kim.example"
                            + ".org/\",\"kind\":\"video\",\"topics\":[\"a\"],\"paused\":false}"));

    private static TestServer api;

    @BeforeContainer
    static void start() {
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", DigestFixtures.profile("ada", "UTC"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim Lee"));
        api = new TestServer(view, NOW);
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Property
    void hostileValuesInWellFormedBodies(@ForAll("routes") WriteRoute route, @ForAll("hostileObjects") String body)
            throws Exception {
        assertClearAnswer(route, body.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void mutatedValidBodies(@ForAll("routes") WriteRoute route, @ForAll("mutations") Mutation mutation)
            throws Exception {
        assertClearAnswer(route, mutation.apply(route.validBody().getBytes(StandardCharsets.UTF_8)));
    }

    @Property
    void arbitraryText(@ForAll("routes") WriteRoute route, @ForAll("anyText") String body) throws Exception {
        assertClearAnswer(route, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertClearAnswer(WriteRoute route, byte[] body) throws Exception {
        HttpResponse<String> response = api.call(route.method(), route.path(), bearer(route.token()),
                "application/json", body);
        String what = route.method() + " " + route.path() + " " + new String(body, StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(what).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(TestServer.isProblem(response)).as(what).isTrue();
            assertThat(TestServer.json(response).path("detail").asText()).as(what).isNotBlank();
        }
    }

    @Provide
    Arbitrary<WriteRoute> routes() {
        return Arbitraries.of(ROUTES);
    }

    /** A JSON object of the routes' field names, each holding a value of any JSON type, hostile text included. */
    @Provide
    Arbitrary<String> hostileObjects() {
        Arbitrary<String> names = Arbitraries.of("name", "interests", "timeZone", "digestHour", "following", "email",
                "postId", "kind", "until", "url", "id", "feedUrl", "siteUrl", "topics", "paused", "unknown", "");
        Arbitrary<String> fields = Combinators.combine(names, values()).as((name, value) -> quote(name) + ":" + value);
        return fields.list().ofMaxSize(6).map(list -> "{" + String.join(",", list) + "}");
    }

    private static Arbitrary<String> values() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("", "ada", "kim", "UTC", "Mars/Base", "snoozed", "commented", "blog", "video",
                        "2026-03-08T00:00:00Z", "+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
                        "javascript:alert(1)", "http://169.254.169.254/", "file:///etc/passwd", "ada@example.org\r\nBcc: x",
                        "<script>alert(1)</script>", "\u0000", "\ud800", "x".repeat(5_000)))
                .map(ApiBodyFuzzTest::quote);
        Arbitrary<String> scalars = Arbitraries.oneOf(text,
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "1e309", "-0", "99999999999999999999", "7.5", "NaN"));
        return Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                Arbitraries.integers().between(1, 3_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)));
    }

    /** One change to a valid body: a byte flipped, a slice cut or repeated, or junk inserted. */
    record Mutation(int kind, int position, int length, byte value) {
        byte[] apply(byte[] body) {
            int at = Math.floorMod(position, body.length);
            int end = Math.min(body.length, at + length);
            byte[] junk = new byte[length];
            Arrays.fill(junk, value);
            return switch (kind) {
                case 0 -> set(body, at, value);
                case 1 -> concat(slice(body, 0, at), slice(body, end, body.length));
                case 2 -> concat(slice(body, 0, end), slice(body, at, body.length));
                default -> concat(concat(slice(body, 0, at), junk), slice(body, at, body.length));
            };
        }

        private static byte[] set(byte[] body, int at, byte value) {
            byte[] copy = body.clone();
            copy[at] = value;
            return copy;
        }

        private static byte[] slice(byte[] body, int from, int to) {
            return Arrays.copyOfRange(body, from, Math.max(from, to));
        }

        private static byte[] concat(byte[] first, byte[] second) {
            byte[] joined = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, joined, first.length, second.length);
            return joined;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers(),
                Arbitraries.integers().between(1, 40), Arbitraries.bytes()).as(Mutation::new);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().ofMaxLength(200);
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
