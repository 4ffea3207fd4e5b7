package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.testkit.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener over real HTTP, with the real verifier and receiver behind it and a recording sink. */
class CallbackServerTest {
    private static final HubTopic HUB = new HubTopic(URI.create("https://hub.example/"), "https://blog.example/feed");
    private static final byte[] SECRET = "callback-test-secret".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY = "<feed><entry><id>pushed</id></entry></feed>".getBytes(StandardCharsets.UTF_8);
    private static final long MAX_BODY = 1024;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final Subscriptions subscriptions = new Subscriptions();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private volatile PushSink.Delivery delivery = PushSink.Delivery.TAKEN;
    private final HttpClient client = HttpClient.newHttpClient();
    private final CallbackServer server = server();

    private CallbackServer server() {
        var metrics = new WebSubMetrics(meters);
        var config = WebSubConfig.defaults().withCallback("https://ingest-1.example/websub/", "127.0.0.1", 0);
        var verifier = new IntentVerifier(subscriptions, Duration.ofDays(7), clock, metrics, id -> true, id -> {});
        PushSink sink = (mentorId, body, contentType) -> {
            delivered.add(mentorId + " " + contentType + " " + new String(body, StandardCharsets.UTF_8));
            return delivery;
        };
        return new CallbackServer(config, verifier, new PushReceiver(subscriptions, sink, metrics), MAX_BODY);
    }

    @AfterEach
    void close() {
        server.close();
        client.close();
    }

    @Test
    void answersTheVerificationOfAPendingSubscribeWithTheChallenge() throws Exception {
        subscriptions.put(Subscription.requested("ada", HUB, SECRET, clock.instant(), Duration.ofMinutes(10)));

        var answer = get("/websub/ada?hub.mode=subscribe&hub.topic=https%3A%2F%2Fblog.example%2Ffeed"
                + "&hub.challenge=x%20y&hub.lease_seconds=600");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("x y");
        assertThat(get("/websub/bob?hub.mode=subscribe&hub.topic=t&hub.challenge=c").statusCode()).isEqualTo(404);
    }

    @Test
    void takesASignedPushAndIgnoresAnUnsignedOrBadlySignedOne() throws Exception {
        subscriptions.put(Subscription.requested("ada", HUB, SECRET, clock.instant(), Duration.ofMinutes(10)));
        String good = "sha256=" + HubSignatureTest.hmac("HmacSHA256", SECRET, BODY);
        String bad = "sha256=" + HubSignatureTest.hmac("HmacSHA256", "guess".getBytes(), BODY);

        assertThat(post("/websub/ada", BODY, good).statusCode()).isEqualTo(204);
        assertThat(post("/websub/ada", BODY, null).statusCode()).isEqualTo(202);
        assertThat(post("/websub/ada", BODY, bad).statusCode()).isEqualTo(202);

        assertThat(delivered).containsExactly("ada application/atom+xml " + new String(BODY, StandardCharsets.UTF_8));
        assertThat(meters.counter("mentorfeed.ingest.websub.pushes.received").count()).isEqualTo(3);
        assertThat(meters.counter("mentorfeed.ingest.websub.pushes.accepted").count()).isEqualTo(1);
        assertThat(meters.counter(WebSubMetrics.PUSHES_REFUSED, "reason", "unsigned").count()).isEqualTo(1);
        assertThat(meters.counter(WebSubMetrics.PUSHES_REFUSED, "reason", "bad-signature").count()).isEqualTo(1);
    }

    @Test
    void aPushForNoSubscriptionOfOursIsGoneAndAFailedPublishIsUnavailable() throws Exception {
        String signed = "sha256=" + HubSignatureTest.hmac("HmacSHA256", SECRET, BODY);
        assertThat(post("/websub/ada", BODY, signed).statusCode()).isEqualTo(410);

        subscriptions.put(Subscription.requested("ada", HUB, SECRET, clock.instant(), Duration.ofMinutes(10)));
        delivery = PushSink.Delivery.NOT_FOLLOWED;
        assertThat(post("/websub/ada", BODY, signed).statusCode()).isEqualTo(410);
        delivery = PushSink.Delivery.NOT_RECORDED;
        assertThat(post("/websub/ada", BODY, signed).statusCode()).isEqualTo(503);
        assertThat(meters.counter(WebSubMetrics.PUSHES_REFUSED, "reason", "gone").count()).isEqualTo(2);
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        subscriptions.put(Subscription.requested("ada", HUB, SECRET, clock.instant(), Duration.ofMinutes(10)));
        byte[] huge = new byte[(int) MAX_BODY + 1];

        assertThat(post("/websub/ada", huge, "sha256=00").statusCode()).isEqualTo(413);
        assertThat(delivered).isEmpty();
        assertThat(meters.counter(WebSubMetrics.PUSHES_REFUSED, "reason", "too-large").count()).isEqualTo(1);
    }

    @Test
    void answersOnlyItsOwnPathAndMethods() throws Exception {
        assertThat(get("/websub/Not%20An%20Id").statusCode()).isEqualTo(404);
        assertThat(get("/websub/ada/extra").statusCode()).isEqualTo(404);
        assertThat(get("/elsewhere/ada").statusCode()).isEqualTo(404);
        var put = HttpRequest.newBuilder(url("/websub/ada")).PUT(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(client.send(put, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body, String signature) throws Exception {
        var request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/atom+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
