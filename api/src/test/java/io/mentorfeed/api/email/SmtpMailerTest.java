package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP client against GreenMail, an SMTP server in-process that requires authentication here. */
class SmtpMailerTest {
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest", "right-password"));

    private static final DigestEmail EMAIL = new DigestEmail("ada", LocalDate.parse("2026-03-07"), "ada@example.org",
            "1 post today: “Ünïcode”", "<p>html</p>", "text", "<digest.ada.2026-03-07@example.org>",
            "https://mf.example.org/api/v1/email-actions/t", 1);

    private static EmailConfig config(int port, String password) {
        return new EmailConfig(true, "127.0.0.1", port, "none", "digest", password, "mentorfeed <d@example.org>",
                "https://mf.example.org", EmailFixtures.SECRET, List.of(), Duration.ofDays(7), true,
                Duration.ofMinutes(1), 3, Duration.ofMillis(10), Duration.ofDays(1));
    }

    @Test
    void authenticatesAndDeliversBothPartsWithOurHeaders() throws Exception {
        new SmtpMailer(config(smtp.getSmtp().getPort(), "right-password")).send(EMAIL);
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("1 post today: “Ünïcode”");
        assertThat(received.getMessageID()).isEqualTo("<digest.ada.2026-03-07@example.org>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void aWrongPasswordIsPermanent() {
        assertThatThrownBy(() -> new SmtpMailer(config(smtp.getSmtp().getPort(), "wrong")).send(EMAIL))
                .isInstanceOfSatisfying(MailFailure.class, f -> {
                    assertThat(f.permanent()).isTrue();
                    assertThat(f.errorClass()).isEqualTo("smtp-auth");
                });
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void noServerIsTemporary() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new SmtpMailer(config(closedPort, "right-password")).send(EMAIL))
                .isInstanceOfSatisfying(MailFailure.class, f -> {
                    assertThat(f.permanent()).isFalse();
                    assertThat(f.errorClass()).isEqualTo("smtp-connect");
                });
    }
}
