package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class RetryingMailerTest {
    private static final DigestEmail EMAIL = new DigestEmail("ada", java.time.LocalDate.parse("2026-03-07"),
            "ada@example.org", "s", "<p>h</p>", "t", "<id@x>", "https://x/u", 1);
    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void temporaryFailuresAreRetriedWithADoublingBackoff() throws MailFailure {
        int[] calls = {0};
        Mailer flaky = email -> {
            if (++calls[0] < 3) {
                throw new MailFailure(false, "smtp-4xx", "421 try later", null);
            }
        };
        new RetryingMailer(flaky, 5, Duration.ofSeconds(1), pauses::add).send(EMAIL);
        assertThat(calls[0]).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aPermanentFailureIsNotRetriedAndRetriesEnd() {
        int[] calls = {0};
        Mailer refusing = email -> {
            calls[0]++;
            throw new MailFailure(true, "smtp-5xx", "550", null);
        };
        assertThatThrownBy(() -> new RetryingMailer(refusing, 5, Duration.ofSeconds(1), pauses::add).send(EMAIL))
                .isInstanceOf(MailFailure.class);
        assertThat(calls[0]).isEqualTo(1);
        Mailer down = email -> {
            calls[0]++;
            throw new MailFailure(false, "smtp-connect", "refused", null);
        };
        assertThatThrownBy(() -> new RetryingMailer(down, 3, Duration.ofSeconds(1), pauses::add).send(EMAIL))
                .isInstanceOf(MailFailure.class);
        assertThat(calls[0]).isEqualTo(4);
    }

    @Test
    void smtpReplyCodesDecideWhetherToRetry() {
        var permanent = SmtpMailer.classify(new SMTPSendFailedException("DATA", 550, "550 mailbox unavailable", null, null, null, null));
        assertThat(permanent.permanent()).isTrue();
        assertThat(permanent.errorClass()).isEqualTo("smtp-5xx");
        var temporary = SmtpMailer.classify(new SMTPSendFailedException("DATA", 451, "451 local error", null, null, null, null));
        assertThat(temporary.permanent()).isFalse();
        assertThat(SmtpMailer.classify(new MessagingException("Connection refused")).permanent()).isFalse();
        assertThat(SmtpMailer.classify(new jakarta.mail.AuthenticationFailedException("535")).errorClass()).isEqualTo("smtp-auth");
    }
}
