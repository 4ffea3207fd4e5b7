package io.mentorfeed.api.email;

import io.mentorfeed.api.digest.Digest;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one reader's digest for one local date: render, record the claim in Kafka (acknowledged), then hand the
 * message to SMTP. The claim comes first so that a crash after it can only lose this email, never send it twice
 * (at most once: see docs/email.md). A permanent SMTP failure becomes a dead letter and a {@code failed} record.
 * Counts each outcome where it is decided: {@code mentorfeed.email.sent}, {@code .failed}, {@code .skipped{reason}}.
 */
public final class DigestSender {
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    public enum Outcome { SENT, SKIPPED, FAILED }

    private final DigestService digests;
    private final DigestEmailRenderer renderer;
    private final Mailer mailer;
    private final boolean skipWhenEmpty;
    private final String sender;
    private final Counter sent;
    private final Counter failed;
    private final Counter skippedEmpty;

    /** @param sender names this instance or tool in the records, for the operator */
    public DigestSender(DigestService digests, DigestEmailRenderer renderer, Mailer mailer, boolean skipWhenEmpty,
                        String sender, MeterRegistry registry) {
        this.digests = digests;
        this.renderer = renderer;
        this.mailer = mailer;
        this.skipWhenEmpty = skipWhenEmpty;
        this.sender = sender;
        this.sent = Counter.builder("mentorfeed.email.sent").description("Digest emails accepted by SMTP")
                .register(registry);
        this.failed = Counter.builder("mentorfeed.email.failed")
                .description("Digest emails claimed but refused by SMTP (dead-lettered, not retried)").register(registry);
        this.skippedEmpty = Counter.builder("mentorfeed.email.skipped").tag("reason", "empty")
                .description("Digests not sent, by reason").register(registry);
    }

    public Outcome send(Profile profile, LocalDate date, Instant now, EmailLedger ledger) {
        Digest digest = digests.digest(profile.id(), date, now);
        DigestEmail email = renderer.render(profile, digest, now);
        String zone = profile.timeZone().getId();
        if (email.items() == 0 && skipWhenEmpty) {
            ledger.record(new SentDigest(profile.id(), date, zone, now, SentDigest.SKIPPED, null, 0, sender));
            log.info("email digest skipped profile={} date={} reason=empty", profile.id(), date);
            skippedEmpty.increment();
            return Outcome.SKIPPED;
        }
        SentDigest claim = new SentDigest(profile.id(), date, zone, now, SentDigest.CLAIMED, email.messageId(),
                email.items(), sender);
        ledger.record(claim); // throws when not durable (or fenced): then nothing is sent
        try {
            mailer.send(email);
            log.info("email digest sent profile={} date={} items={} messageId={}", profile.id(), date,
                    email.items(), email.messageId());
            sent.increment();
            return Outcome.SENT;
        } catch (MailFailure e) {
            log.warn("email digest not sent profile={} date={} errorClass={} permanent={} error=\"{}\"",
                    profile.id(), date, e.errorClass(), e.permanent(), e.getMessage());
            failed.increment(); // the email did fail, even if recording that fails next
            byte[] payload = Topics.SENT_DIGESTS.valueSerde().serializer().serialize(Topics.SENT_DIGESTS.name(), claim);
            ledger.deadLetter(DeadLetters.record("email", Topics.SENT_DIGESTS.name() + "/" + claim.key(),
                    claim.key().getBytes(StandardCharsets.UTF_8), payload, e.errorClass(), e.getMessage(), now));
            ledger.record(claim.withStatus(SentDigest.FAILED));
            return Outcome.FAILED;
        }
    }
}
