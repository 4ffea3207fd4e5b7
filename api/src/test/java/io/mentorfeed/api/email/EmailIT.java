package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.ApiService;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.view.ReadModel;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import io.mentorfeed.testkit.MutableClock;
import io.mentorfeed.testkit.WithKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The email on a real Kafka cluster and a real SMTP server (GreenMail): two API instances, readers in two time
 * zones (New York crossing the start of daylight saving time on 2026-03-08), a crash between claim and send; and
 * the API's digest.html and signed action links.
 */
@WithKafka
class EmailIT {
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static KafkaCluster kafka;

    /** An API instance's share of the email: its own read model and scheduler. */
    private record Instance(ReadModel readModel, EmailScheduler scheduler) implements AutoCloseable {
        @Override
        public void close() {
            scheduler.stop();
            readModel.stop();
        }
    }

    @BeforeAll
    static void data(KafkaCluster cluster) {
        kafka = cluster;
        kafka.createTopics(Topics.ALL);
        kafka.send(Topics.MENTORS, Map.of("kim", new Mentor("kim", "Kim Lee", "https://kim.example.org/feed.xml", SourceKind.BLOG)));
        kafka.send(Topics.PROFILES, Map.of(
                "ny", new Profile("ny", "Nia", "ny@example.org", NEW_YORK, 8, List.of(), List.of("kim")),
                "paris", new Profile("paris", "Paul", "paris@example.org", PARIS, 7, List.of(), List.of("kim")),
                "crash", new Profile("crash", "Cy", "crash@example.org", ZoneId.of("UTC"), 3, List.of(), List.of("kim"))));
        Instant march = Instant.parse("2026-03-06T12:00:00Z");
        Instant april = Instant.parse("2026-03-31T00:00:00Z");
        kafka.send(Topics.POSTS, Map.of("kim-march", EmailFixtures.hostilePost("kim-march", march),
                "kim-april", EmailFixtures.hostilePost("kim-april", april)));
        kafka.send(Topics.RECOMMENDATIONS, Map.of(
                "ny/kim-march", EmailFixtures.rec("ny", "kim-march", Action.RESPOND_NOW, march),
                "paris/kim-march", EmailFixtures.rec("paris", "kim-march", Action.READ, march),
                "crash/kim-april", EmailFixtures.rec("crash", "kim-april", Action.READ, april)));
    }

    @Test
    void twoInstancesSendEachDigestOnceAtTheLocalHourAcrossDst() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-07T05:30:00Z")); // NY 00:30 EST, Paris 06:30
        try (Instance a = instance("a", clock, smtpMailer()); Instance b = instance("b", clock, smtpMailer())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Set<Integer> owned = new HashSet<>();
                a.scheduler().ownedPartitions().forEach(tp -> owned.add(tp.partition()));
                b.scheduler().ownedPartitions().forEach(tp -> owned.add(tp.partition()));
                return owned.size() == Topics.DEFAULT_PARTITIONS && !a.scheduler().ownedPartitions().isEmpty()
                        && !b.scheduler().ownedPartitions().isEmpty() && a.readModel().isCaughtUp()
                        && b.readModel().isCaughtUp();
            });
            checksPass(a, b);
            assertThat(sent("paris", "2026-03-07")).isZero();

            clock.set(Instant.parse("2026-03-07T06:00:00Z")); // 07:00 in Paris (CET, +1)
            await().atMost(Duration.ofSeconds(30)).until(() -> sent("paris", "2026-03-07") == 1);
            clock.set(Instant.parse("2026-03-07T12:59:00Z")); // 07:59 in New York (EST, -5)
            checksPass(a, b);
            assertThat(sent("ny", "2026-03-07")).isZero();
            clock.set(Instant.parse("2026-03-07T13:00:00Z")); // 08:00 EST
            await().atMost(Duration.ofSeconds(30)).until(() -> sent("ny", "2026-03-07") == 1);

            // Daylight saving time began at 02:00 on 2026-03-08: 08:00 in New York is now 12:00 UTC, not 13:00.
            clock.set(Instant.parse("2026-03-08T11:59:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> sent("paris", "2026-03-08") == 1);
            checksPass(a, b);
            assertThat(sent("ny", "2026-03-08")).isZero();
            clock.set(Instant.parse("2026-03-08T12:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> sent("ny", "2026-03-08") == 1);

            clock.set(Instant.parse("2026-03-08T20:00:00Z"));
            checksPass(a, b);
            checksPass(a, b);
            for (String key : List.of("ny.2026-03-07", "ny.2026-03-08", "paris.2026-03-07", "paris.2026-03-08")) {
                assertThat(messages("<digest." + key + "@")).as(key).hasSize(1);
            }
        }
        List<String> claimed = kafka.readAll(Topics.SENT_DIGESTS).stream().map(r -> r.key()).toList();
        assertThat(claimed).contains("ny/2026-03-07", "ny/2026-03-08", "paris/2026-03-07", "paris/2026-03-08");
    }

    @Test
    void theEmailHasBothPartsAndNoHostileContent() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T13:00:00Z")); // 09:00 EDT in New York
        try (Instance a = instance("solo", clock, smtpMailer())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> sent("ny", "2026-03-09") == 1);
        }
        MimeMessage message = messages("<digest.ny.2026-03-09@").getFirst();
        assertThat(message.getSubject()).startsWith("1 post today: “").doesNotContain("\n");
        assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<http://127.0.0.1:8080/api/v1/email-actions/");
        Multipart alternative = (Multipart) message.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(text).contains("Ask me", "I commented: http://127.0.0.1:8080/api/v1/email-actions/");
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "<img", "onclick", "<iframe",
                "<style>body", "tracker.example");
        assertThat(html).contains("&lt;script&gt;alert(", "a fine link", "rel=\"nofollow noopener noreferrer\"",
                "href=\"https://kim.example.org/ok\"", "&lt;b&gt;a question&lt;/b&gt;");
    }

    @Test
    void aCrashBetweenClaimAndSendNeverCausesASecondEmail() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-04-01T03:30:00Z")); // 03:30 UTC: crash's hour is 3
        CountDownLatch crashed = new CountDownLatch(1);
        Mailer crashing = email -> {
            crashed.countDown();
            throw new OutOfMemoryError("simulated crash after the claim, before SMTP");
        };
        try (Instance doomed = instance("doomed", clock, crashing)) {
            crashed.await();
        }
        try (Instance restarted = instance("restarted", clock, smtpMailer())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> restarted.readModel().isCaughtUp()
                    && !restarted.scheduler().ownedPartitions().isEmpty());
            checksPass(restarted);
            checksPass(restarted);
            assertThat(restarted.readModel().view().sentDigest("crash/2026-04-01")).get()
                    .extracting(SentDigest::status).isEqualTo(SentDigest.CLAIMED);
        }
        assertThat(messages("<digest.crash.2026-04-01@")).isEmpty();
    }

    @Test
    void aSignedLinkRecordsTheEngagementAndAnAlteredOrExpiredOneIsRefused() throws Exception {
        EmailConfig disabled = new EmailConfig(false, null, 587, "starttls", null, null, null, "http://127.0.0.1:8080",
                EmailFixtures.SECRET, List.of(), Duration.ofDays(7), true, Duration.ofMinutes(1), 5,
                Duration.ofSeconds(2), Duration.ofDays(1));
        ApiConfig config = ApiConfig.defaults().withPort(0).withAnonymousReadProfiles(List.of("ny")).withEmail(disabled);
        try (ApiService api = new ApiService(config, kafka.clientProperties())) {
            api.start();
            await().atMost(Duration.ofSeconds(30)).until(api::isReady);
            String base = "http://127.0.0.1:" + api.port() + "/api/v1";
            ActionLinks links = new ActionLinks(EmailFixtures.SECRET);
            String token = links.sign(new EmailAction("ny", "skipped", "kim-march", Instant.now().plus(Duration.ofHours(1))));

            HttpResponse<String> page = http(HttpRequest.newBuilder(URI.create(base + "/email-actions/" + token)).GET());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Skip this post?", "<form method=\"post\">");
            assertThat(kafka.readAll(Topics.ENGAGEMENTS)).isEmpty(); // a GET (a mail scanner) records nothing

            HttpResponse<String> done = http(post(base + "/email-actions/" + token));
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(http(post(base + "/email-actions/" + token)).statusCode()).isEqualTo(200); // a second click
            await().atMost(Duration.ofSeconds(10)).until(() -> kafka.readAll(Topics.ENGAGEMENTS).size() == 1);
            Engagement engagement = kafka.readAll(Topics.ENGAGEMENTS).getFirst().value();
            assertThat(engagement.profileId()).isEqualTo("ny");
            assertThat(engagement.postId()).isEqualTo("kim-march");
            assertThat(engagement.kind()).isEqualTo(Engagement.Kind.SKIPPED);

            String otherPost = links.sign(new EmailAction("ny", "skipped", "kim-april", Instant.now().plus(Duration.ofHours(1))));
            String tampered = otherPost.substring(0, otherPost.indexOf('.')) + token.substring(token.indexOf('.'));
            HttpResponse<String> refused = http(post(base + "/email-actions/" + tampered));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            String forged = new ActionLinks("another-secret-that-is-also-32-chars-long!")
                    .sign(new EmailAction("ny", "commented", "kim-march", Instant.now().plus(Duration.ofHours(1))));
            assertThat(http(post(base + "/email-actions/" + forged)).statusCode()).isEqualTo(403);
            String expired = links.sign(new EmailAction("ny", "commented", "kim-march", Instant.now().minusSeconds(1)));
            assertThat(http(post(base + "/email-actions/" + expired)).statusCode()).isEqualTo(410);
            assertThat(kafka.readAll(Topics.ENGAGEMENTS)).hasSize(1);

            HttpResponse<String> html = http(HttpRequest.newBuilder(URI.create(base + "/profiles/ny/digest.html?date=2026-03-07")).GET());
            assertThat(html.statusCode()).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            assertThat(html.body()).contains("Respond now", "/api/v1/email-actions/").doesNotContain("<script");
        }
    }

    private static HttpRequest.Builder post(String url) {
        return HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Waits until every instance has run three more checks, with the clock where it is. */
    private static void checksPass(Instance... instances) {
        long[] start = Arrays.stream(instances).mapToLong(i -> i.scheduler().ticks()).toArray();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (int i = 0; i < instances.length; i++) {
                if (instances[i].scheduler().ticks() < start[i] + 3) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Instance instance(String name, MutableClock clock, Mailer mailer) {
        ReadModel readModel = new ReadModel(kafka.clientProperties(), Duration.ofSeconds(30));
        readModel.start();
        EmailConfig config = config();
        DigestEmailRenderer renderer = new DigestEmailRenderer(config, new ActionLinks(EmailFixtures.SECRET),
                readModel.view()::post);
        DigestSender sender = new DigestSender(new DigestService(readModel.view(), 3, 10), renderer, mailer, true, name,
                new SimpleMeterRegistry());
        EmailScheduler scheduler = new EmailScheduler(config, kafka.clientProperties(), readModel.view(),
                readModel::isCurrent, sender, clock, name);
        scheduler.start();
        return new Instance(readModel, scheduler);
    }

    private static EmailConfig config() {
        return EmailConfig.plainSmtp("127.0.0.1", smtp.getSmtp().getPort(), "http://127.0.0.1:8080", EmailFixtures.SECRET);
    }

    private static Mailer smtpMailer() {
        EmailConfig config = config();
        return new RetryingMailer(new SmtpMailer(config), config.maxAttempts(), config.retryBackoff(), backoff -> { });
    }

    private static long sent(String profileId, String date) throws Exception {
        return messages("<digest." + profileId + "." + date + "@").size();
    }

    private static List<MimeMessage> messages(String messageIdPrefix) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getMessageID() != null && m.getMessageID().startsWith(messageIdPrefix);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toList());
    }
}
