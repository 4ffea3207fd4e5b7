package io.mentorfeed.api.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends through SMTP with Jakarta Mail (Angus): STARTTLS required, implicit TLS, or plain (tests, a local relay);
 * authentication when a username is set; server identity checked under TLS; every network step time-limited.
 */
public final class SmtpMailer implements Mailer {
    private static final String TIMEOUT_MILLIS = "20000";

    private final EmailConfig config;
    private final Session session;

    public SmtpMailer(EmailConfig config) {
        this.config = config;
        Properties props = new Properties();
        props.put("mail.smtp.host", config.smtpHost());
        props.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.auth", Boolean.toString(config.smtpUsername() != null));
        switch (config.smtpTlsMode()) {
            case "starttls" -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "tls" -> {
                props.put("mail.smtp.ssl.enable", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            default -> { }
        }
        this.session = Session.getInstance(props);
    }

    @Override
    public void send(DigestEmail email) throws MailFailure {
        try {
            MimeMessage message = message(email);
            if (config.smtpUsername() != null) {
                Transport.send(message, config.smtpUsername(), config.smtpPassword());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    MimeMessage message(DigestEmail email) throws MessagingException {
        if (email.to() == null) {
            throw new AddressException("profile " + email.profileId() + " has no email address");
        }
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        message.setFrom(new InternetAddress(config.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to(), true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("List-Unsubscribe", "<" + email.listUnsubscribe() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text); // least preferred first (RFC 2046)
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    static MailFailure classify(MessagingException e) {
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            int code = switch (cause) {
                case SMTPSendFailedException s -> s.getReturnCode();
                case SMTPAddressFailedException a -> a.getReturnCode();
                default -> -1;
            };
            if (code >= 400) {
                boolean permanent = code >= 500;
                return new MailFailure(permanent, permanent ? "smtp-5xx" : "smtp-4xx",
                        "SMTP server answered " + code + ": " + FeedHtml.oneLine(cause.getMessage(), 200), e);
            }
        }
        if (e instanceof AuthenticationFailedException) {
            return new MailFailure(true, "smtp-auth", "SMTP authentication failed: check api.email.smtp-username and smtp-password", e);
        }
        if (e instanceof AddressException || (e instanceof SendFailedException s && s.getInvalidAddresses() != null
                && s.getInvalidAddresses().length > 0)) {
            return new MailFailure(true, "smtp-address", "Bad address: " + FeedHtml.oneLine(e.getMessage(), 200), e);
        }
        return new MailFailure(false, "smtp-connect", "SMTP unavailable: " + FeedHtml.oneLine(
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 200), e);
    }

    /** Keeps our Message-ID, which saveChanges() would otherwise replace with a random one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
