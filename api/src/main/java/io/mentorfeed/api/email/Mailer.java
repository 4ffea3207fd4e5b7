package io.mentorfeed.api.email;

/** Hands a rendered digest to a mail server. */
public interface Mailer {
    /** @throws MailFailure saying whether trying again may help */
    void send(DigestEmail email) throws MailFailure;
}
