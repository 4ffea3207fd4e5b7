package io.mentorfeed.api;

import io.mentorfeed.api.email.DigestSender;
import io.mentorfeed.api.email.EmailConfig;
import io.mentorfeed.api.email.EmailScheduler;
import io.mentorfeed.api.email.Mailer;
import io.mentorfeed.api.email.RetryingMailer;
import io.mentorfeed.api.email.SmtpMailer;
import io.mentorfeed.api.http.ApiServer;
import io.mentorfeed.api.http.ApiServices;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.ReadModel;
import io.mentorfeed.api.write.EventWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The API as a service: the read model that follows Kafka, the writer of the reader's and operator's commands, and
 * the HTTP server that answers from the one and writes through the other. The server starts at once and answers
 * 503 on readiness and every resource until the read model has caught up.
 */
public final class ApiService implements AutoCloseable {
    private final ReadModel readModel;
    private final EventWriter writer;
    private final ApiServer server;
    private final EmailScheduler emailScheduler;
    private boolean started;

    /** With meters nobody reads; the app module passes its registry to the 3-argument constructor. */
    public ApiService(ApiConfig config, Map<String, Object> kafkaProperties) {
        this(config, kafkaProperties, new SimpleMeterRegistry());
    }

    /**
     * @param kafkaProperties bootstrap.servers and security settings; copied, never changed
     * @param registry        gets the HTTP timers, the read model's lag and rebuilds, the email counters
     */
    public ApiService(ApiConfig config, Map<String, Object> kafkaProperties, MeterRegistry registry) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(registry, "registry");
        this.readModel = new ReadModel(Map.copyOf(kafkaProperties), config.readModelTimeout(), registry);
        this.writer = new EventWriter(Map.copyOf(kafkaProperties));
        ApiServices services = ApiServices.over(readModel.view(), writer,
                new FeedDiscovery(config.discoveryAllowPrivate()), config.maxRespondNow(), config.maxWorthReading(),
                config.email());
        this.server = new ApiServer(config, services, readModel::isCaughtUp, Clock.systemUTC(), registry);
        this.emailScheduler = config.email().enabled()
                ? emailScheduler(config.email(), kafkaProperties, services, registry) : null;
    }

    /** The daily email: every instance runs one; the consumer group decides which sends for which reader. */
    private EmailScheduler emailScheduler(EmailConfig email, Map<String, Object> kafka, ApiServices services,
                                          MeterRegistry registry) {
        String instanceId = UUID.randomUUID().toString();
        Mailer mailer = new RetryingMailer(new SmtpMailer(email), email.maxAttempts(), email.retryBackoff(),
                Thread::sleep);
        DigestSender sender = new DigestSender(services.digests(), services.emailRenderer(), mailer,
                email.skipWhenEmpty(), "api-" + instanceId, registry);
        // isCurrent, not isCaughtUp: during a rebuild the served view is frozen, and a digest claimed meanwhile by
        // another instance would not be seen there.
        return new EmailScheduler(email, kafka, readModel.view(), readModel::isCurrent, sender, Clock.systemUTC(),
                instanceId);
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("api service already started");
        }
        started = true;
        readModel.start();
        try {
            server.start();
            if (emailScheduler != null) {
                emailScheduler.start();
            }
        } catch (RuntimeException e) {
            server.stop();
            readModel.stop();
            writer.close();
            throw e;
        }
    }

    /** The port the server is bound to; valid after {@link #start()}. */
    public int port() {
        return server.port();
    }

    public boolean isReady() {
        return readModel.isCaughtUp();
    }

    /**
     * False once a thread the API cannot work without has ended: the read model's (the view would silently go
     * stale) and, when email is enabled, the scheduler's (no digest would go out). A restart rebuilds both.
     */
    public boolean isLive() {
        return readModel.isAlive() && (emailScheduler == null || emailScheduler.isAlive());
    }

    /** Stops the server first, so no request reads a view being torn down, then the read model; idempotent. */
    public synchronized void stop() {
        if (emailScheduler != null) {
            emailScheduler.stop();
        }
        server.stop();
        readModel.stop();
        writer.close();
    }

    @Override
    public void close() {
        stop();
    }
}
