package io.mentorfeed.api.email;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tries a temporary failure again after a backoff that doubles each time; a permanent one is not retried. */
public final class RetryingMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(RetryingMailer.class);

    /** Waits between attempts; interruptible, so stopping the API does not wait out a backoff. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Mailer delegate;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Pause pause;

    public RetryingMailer(Mailer delegate, int maxAttempts, Duration firstBackoff, Pause pause) {
        this.delegate = delegate;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.pause = pause;
    }

    @Override
    public void send(DigestEmail email) throws MailFailure {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                delegate.send(email);
                return;
            } catch (MailFailure e) {
                if (e.permanent() || attempt >= maxAttempts) {
                    throw e;
                }
                log.warn("email send failed, retrying profile={} date={} attempt={} errorClass={} backoffMs={} error=\"{}\"",
                        email.profileId(), email.date(), attempt, e.errorClass(), backoff.toMillis(), e.getMessage());
                try {
                    pause.pause(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new MailFailure(false, "interrupted", "stopped while retrying: " + e.getMessage(), e);
                }
                backoff = backoff.multipliedBy(2);
            }
        }
    }
}
