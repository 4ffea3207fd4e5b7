package io.mentorfeed.api.email;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.digest.UnknownProfileException;
import io.mentorfeed.api.view.ReadModel;
import io.mentorfeed.api.write.EventWriter;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The digest email from the command line: builds the API's read model from Kafka, waits until it has caught up,
 * then previews or sends one reader's digest, and stops. Sending goes through the same claim as the scheduler
 * (the sent-digests topic), so a digest already sent today is not sent again.
 */
public final class DigestEmailTool implements AutoCloseable {
    private final ApiConfig config;
    private final ReadModel readModel;
    private final EventWriter writer;
    private final DigestService digests;
    private final DigestEmailRenderer renderer;

    private DigestEmailTool(ApiConfig config, Map<String, Object> kafka) {
        this.config = config;
        this.readModel = new ReadModel(kafka, config.readModelTimeout());
        this.writer = new EventWriter(kafka);
        this.digests = new DigestService(readModel.view(), config.maxRespondNow(), config.maxWorthReading());
        this.renderer = new DigestEmailRenderer(config.email(), ActionLinks.from(config.email()),
                readModel.view()::post);
    }

    /** @throws IllegalStateException when the read model does not catch up within {@code timeout} */
    public static DigestEmailTool open(ApiConfig config, Map<String, Object> kafka, Duration timeout)
            throws InterruptedException {
        DigestEmailTool tool = new DigestEmailTool(config, kafka);
        tool.readModel.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!tool.readModel.isCaughtUp()) {
            if (System.nanoTime() > deadline) {
                tool.close();
                throw new IllegalStateException("could not read mentorfeed's topics from Kafka within " + timeout
                        + " (is Kafka running at the configured bootstrap servers?)");
            }
            Thread.sleep(100);
        }
        return tool;
    }

    public DigestEmail preview(String profileId, LocalDate date, Instant now) {
        Profile profile = profile(profileId);
        return renderer.render(profile, digests.digest(profileId, date, now), now);
    }

    /** Sends today's digest (in the reader's zone) now, unless one was already claimed for that date. */
    public DigestSender.Outcome send(String profileId, Instant now) {
        Profile profile = profile(profileId);
        EmailConfig email = config.email();
        if (email.smtpHost() == null || email.from() == null || email.signingSecret() == null) {
            throw new IllegalStateException("api.email.smtp-host, api.email.from and api.email.signing-secret must be set to send");
        }
        if (profile.email() == null) {
            throw new IllegalStateException("profile '" + profileId + "' has no email address");
        }
        LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
        var earlier = readModel.view().sentDigest(SentDigest.key(profileId, today));
        if (earlier.isPresent()) {
            throw new IllegalStateException("the digest of " + today + " for '" + profileId + "' was already "
                    + earlier.get().status() + " at " + earlier.get().claimedAt() + "; one email per reader and day");
        }
        Mailer mailer = new RetryingMailer(new SmtpMailer(email), email.maxAttempts(), email.retryBackoff(), Thread::sleep);
        // A one-shot command: nothing scrapes its meters.
        DigestSender sender = new DigestSender(digests, renderer, mailer, false, "cli", new SimpleMeterRegistry());
        return sender.send(profile, today, now, new EmailLedger() {
            @Override
            public void record(SentDigest sentDigest) {
                writer.write(Topics.SENT_DIGESTS, sentDigest.key(), sentDigest);
            }

            @Override
            public void deadLetter(ProducerRecord<byte[], byte[]> record) {
                writer.writeRecord(record);
            }
        });
    }

    private Profile profile(String profileId) {
        return readModel.view().profile(profileId).orElseThrow(() -> new UnknownProfileException(profileId));
    }

    @Override
    public void close() {
        readModel.stop();
        writer.close();
    }
}
