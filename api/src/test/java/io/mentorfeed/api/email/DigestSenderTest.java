package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DigestSenderTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-03-07");

    private final MaterializedView view = new MaterializedView();
    private final List<String> events = new ArrayList<>();
    private final List<ProducerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
    private final EmailLedger ledger = new EmailLedger() {
        @Override
        public void record(SentDigest sentDigest) {
            events.add("record " + sentDigest.key() + " " + sentDigest.status());
        }

        @Override
        public void deadLetter(ProducerRecord<byte[], byte[]> record) {
            deadLetters.add(record);
        }
    };
    private final Profile ada = DigestFixtures.profile("ada", "UTC");
    private final MeterRegistry registry = new SimpleMeterRegistry();

    private DigestSender sender(Mailer mailer, boolean skipWhenEmpty) {
        EmailConfig config = EmailConfig.plainSmtp("localhost", 25, "https://mf.example.org", EmailFixtures.SECRET);
        return new DigestSender(new DigestService(view, 3, 10),
                new DigestEmailRenderer(config, new ActionLinks(EmailFixtures.SECRET), view::post), mailer, skipWhenEmpty, "test",
                registry);
    }

    @Test
    void theClaimIsWrittenBeforeTheMessageLeaves() {
        view.putProfile("ada", ada);
        view.putRecommendation("ada/p1", EmailFixtures.rec("ada", "p1", Action.RESPOND_NOW, NOW.minusSeconds(3600)));
        var outcome = sender(email -> events.add("smtp " + email.to()), true).send(ada, DAY, NOW, ledger);
        assertThat(outcome).isEqualTo(DigestSender.Outcome.SENT);
        assertThat(events).containsExactly("record ada/2026-03-07 claimed", "smtp ada@example.org");
        assertThat(count("mentorfeed.email.sent")).isEqualTo(1);
        assertThat(count("mentorfeed.email.failed")).isZero();
    }

    @Test
    void aPermanentFailureIsADeadLetterAndAFailedRecord() {
        view.putProfile("ada", ada);
        view.putRecommendation("ada/p1", EmailFixtures.rec("ada", "p1", Action.RESPOND_NOW, NOW.minusSeconds(3600)));
        Mailer refusing = email -> {
            throw new MailFailure(true, "smtp-5xx", "SMTP server answered 550: no such user", null);
        };
        assertThat(sender(refusing, true).send(ada, DAY, NOW, ledger)).isEqualTo(DigestSender.Outcome.FAILED);
        assertThat(events).containsExactly("record ada/2026-03-07 claimed", "record ada/2026-03-07 failed");
        assertThat(deadLetters).hasSize(1);
        var headers = deadLetters.getFirst().headers();
        assertThat(DeadLetters.header(headers, DeadLetters.SOURCE)).isEqualTo("email");
        assertThat(DeadLetters.header(headers, DeadLetters.ERROR_CLASS)).isEqualTo("smtp-5xx");
        assertThat(DeadLetters.header(headers, DeadLetters.REASON)).contains("550");
        assertThat(count("mentorfeed.email.failed")).isEqualTo(1);
        assertThat(count("mentorfeed.email.sent")).isZero();
    }

    @Test
    void anEmptyDigestIsSkippedWhenConfiguredAndSentOtherwise() {
        view.putProfile("ada", ada);
        assertThat(sender(email -> events.add("smtp"), true).send(ada, DAY, NOW, ledger)).isEqualTo(DigestSender.Outcome.SKIPPED);
        assertThat(events).containsExactly("record ada/2026-03-07 skipped");
        assertThat(registry.get("mentorfeed.email.skipped").tag("reason", "empty").counter().count()).isEqualTo(1);
        events.clear();
        assertThat(sender(email -> events.add("smtp"), false).send(ada, DAY, NOW, ledger)).isEqualTo(DigestSender.Outcome.SENT);
        assertThat(events).containsExactly("record ada/2026-03-07 claimed", "smtp");
    }

    private double count(String counter) {
        return registry.get(counter).counter().count();
    }
}
