package io.mentorfeed.api.email;

/**
 * A send that failed. Temporary: the server or the network may do better later (4xx, connection refused,
 * timeouts). Permanent: the same message will never go through (5xx, a bad address, bad credentials).
 */
public final class MailFailure extends Exception {
    private final boolean permanent;
    private final String errorClass;

    public MailFailure(boolean permanent, String errorClass, String message, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.errorClass = errorClass;
    }

    public boolean permanent() {
        return permanent;
    }

    /** A short stable word for counting: smtp-5xx, smtp-4xx, smtp-auth, smtp-address, smtp-connect. */
    public String errorClass() {
        return errorClass;
    }
}
